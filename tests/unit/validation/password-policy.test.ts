import { describe, expect, test } from "vitest";
import { PASSWORD_MIN_LENGTH, passwordProblem } from "@/lib/validation/password-policy";

describe("the password policy", () => {
  test.each([
    ["a passphrase", "支部学习每周三下午四点"],
    ["letters, digits and a dash", "study-hard-2026"],
    ["a long mixed password", "Xq7!mP2#vL9z"],
  ])("accepts %s", (_case, password) => {
    expect(passwordProblem(password)).toBeNull();
  });

  test.each([
    ["too short", "abc123xyz", `密码至少 ${PASSWORD_MIN_LENGTH} 位`],
    ["too long", "x1".repeat(101), "密码过长"],
    ["one repeated character", "aaaaaaaaaaaa", "密码过于简单，请避免重复的字符"],
    ["two characters repeated", "abababababab", "密码过于简单，请避免重复的字符"],
    ["on the common-password list", "1q2w3e4r5t6y", "这是常见密码，容易被猜中，请换一个"],
    ["on the list in capitals", "PASSWORD1234", "这是常见密码，容易被猜中，请换一个"],
    ["a common password with digits added", "iloveyou2026", "这是常见密码，容易被猜中，请换一个"],
    ["a common password with punctuation added", "sunshine!!!!", "这是常见密码，容易被猜中，请换一个"],
    ["the product's name and digits", "dangke2026!!", "密码过于简单，请换一个"],
    ["a run of digits", "0123456789", "密码过于简单，请避免连续的数字"],
  ])("refuses a password %s", (_case, password, message) => {
    expect(passwordProblem(password)).toBe(message);
  });

  test("counts characters, not UTF-16 units, so a Chinese passphrase's length is what a person sees", () => {
    expect(passwordProblem("为人民服务为人民服务")).toBeNull();
    expect(passwordProblem("为人民服务为人民服")).toBe(`密码至少 ${PASSWORD_MIN_LENGTH} 位`);
  });

  test("refuses a password that is only the person's email name or name with digits or symbols", () => {
    expect(passwordProblem("zhangsan2026", { email: "zhangsan@example.com" })).toBe("密码不能只是邮箱名加数字或符号");
    expect(passwordProblem("张三丰2026-12-03", { name: "张三丰" })).toBe("密码不能只是姓名加数字或符号");
    expect(passwordProblem("zhangsan-studies-2026", { email: "zhangsan@example.com" })).toBeNull();
  });
});
