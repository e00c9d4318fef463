/** Chinese messages for the error codes the credentials provider throws. */
export const LOGIN_ERRORS: Record<string, string> = {
  INVALID_CREDENTIALS: "邮箱或密码错误",
  RATE_LIMITED: "登录尝试过于频繁，请稍后再试（最长 15 分钟）",
  DEACTIVATED: "该账号已停用，请联系管理员",
  INVALID_INPUT: "请输入正确的邮箱和密码",
};

export function loginErrorMessage(code: string | null | undefined): string {
  return (code && LOGIN_ERRORS[code]) || "登录失败，请稍后再试";
}
