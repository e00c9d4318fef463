import "server-only";
/**
 * A database problem the user can act on, with a message in Chinese and English instead of a
 * stack trace. `cause` keeps the original error for logs.
 */
export class DatabaseSetupError extends Error {
  constructor(
    readonly code: "UNREACHABLE" | "BAD_CREDENTIALS" | "NO_DATABASE" | "PGLITE_VERSION" | "PGLITE_LOCKED" | "PGLITE_INIT",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "DatabaseSetupError";
  }
}

interface PgLikeError {
  code?: string;
  errno?: string;
  message?: string;
}

/** Translates a driver error met while connecting into a DatabaseSetupError, if it is one. */
export function explainConnectionError(error: unknown, target: string): DatabaseSetupError | null {
  const pgError = findPgError(error);
  if (!pgError) return null;
  const code = pgError.code ?? pgError.errno;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EHOSTUNREACH" || code === "ETIMEDOUT") {
    return new DatabaseSetupError(
      "UNREACHABLE",
      `无法连接到数据库服务器 ${target}：请确认 PostgreSQL 已启动、地址和端口正确。\n` +
        `Cannot reach the PostgreSQL server at ${target} (${code}): is it running, and are host and port right?`,
      { cause: error },
    );
  }
  if (code === "28P01" || code === "28000") {
    return new DatabaseSetupError(
      "BAD_CREDENTIALS",
      `数据库拒绝了登录 ${target}：用户名或密码错误。\n` +
        `PostgreSQL refused the login for ${target}: wrong user name or password (${code}).`,
      { cause: error },
    );
  }
  if (code === "3D000") {
    return new DatabaseSetupError(
      "NO_DATABASE",
      `数据库不存在 ${target}：请先创建它 (createdb)。\nThe database named in ${target} does not exist: create it first (${code}).`,
      { cause: error },
    );
  }
  return null;
}

function findPgError(error: unknown): PgLikeError | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (typeof current === "object") {
      const candidate = current as PgLikeError & { cause?: unknown; originalCode?: string };
      if (typeof candidate.code === "string" || typeof candidate.errno === "string") return candidate;
      if (typeof candidate.originalCode === "string") return { code: candidate.originalCode };
      current = candidate.cause;
    } else {
      return null;
    }
  }
  return null;
}
