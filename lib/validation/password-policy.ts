import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * The one password policy: every password a person chooses (registration, a changed password,
 * the first administrator) is checked here. NIST SP 800-63B's advice: length over composition
 * rules, and no password from a list of common or leaked ones.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

const COMMON_PASSWORDS = new Set<string>(dictionary["passwords-common"] as string[]);
/** Words that make a password guessable here whatever list it is on. */
const PRODUCT_WORDS = ["dangke", "党课", "password", "mima", "密码"];

export interface PasswordContext {
  email?: string;
  name?: string;
}

/** Why a chosen password is refused, in Chinese, or null when it may be used. */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `密码至少 ${PASSWORD_MIN_LENGTH} 位`;
  if (length > PASSWORD_MAX_LENGTH) return "密码过长";
  const lower = password.toLowerCase();
  if (new Set(lower).size <= 2) return "密码过于简单，请避免重复的字符";
  if (COMMON_PASSWORDS.has(lower) || isCommonWithSuffix(lower)) return "这是常见密码，容易被猜中，请换一个";
  if (PRODUCT_WORDS.includes(lettersOf(lower))) return "密码过于简单，请换一个";
  const letters = lettersOf(lower);
  const local = lettersOf(context.email?.trim().toLowerCase().split("@")[0] ?? "");
  if (local.length >= 3 && letters === local) return "密码不能只是邮箱名加数字或符号";
  const name = lettersOf(context.name?.trim().toLowerCase() ?? "");
  if (name.length >= 2 && letters === name) return "密码不能只是姓名加数字或符号";
  if (/^(\d)+$/.test(lower) && isSequence(lower)) return "密码过于简单，请避免连续的数字";
  return null;
}

/** A common password with digits or punctuation added to its end (qwerty123456, letmein!!). */
function isCommonWithSuffix(lower: string): boolean {
  const base = lower.replace(/[\d\p{P}\p{S}]+$/u, "");
  return base.length >= 4 && base !== lower && COMMON_PASSWORDS.has(base);
}

function lettersOf(text: string): string {
  return text.replace(/[^\p{L}]/gu, "");
}

function isSequence(digits: string): boolean {
  const steps = new Set<number>();
  for (let index = 1; index < digits.length; index += 1) steps.add((Number(digits[index]) - Number(digits[index - 1]) + 10) % 10);
  return steps.size === 1;
}
