import "server-only";
import { z } from "zod";
import type { RosterRow, RosterRowError } from "./roster-limits";

const NAME_MAX = 50;
const emailSchema = z.email();

export interface CheckedRoster {
  /** Rows with a name and a well-formed email, the email lower-cased. */
  valid: RosterRow[];
  errors: RosterRowError[];
}

/** Checks each row on its own and against the rows above it; every problem is reported with its row. */
export function checkRosterRows(rows: RosterRow[]): CheckedRoster {
  const valid: RosterRow[] = [];
  const errors: RosterRowError[] = [];
  const firstRowOfEmail = new Map<string, number>();
  for (const row of rows) {
    const name = row.name.trim();
    const email = row.email.trim().toLowerCase();
    const reasons: string[] = [];
    if (!name) reasons.push("缺少姓名");
    else if ([...name].length > NAME_MAX) reasons.push(`姓名不能超过 ${NAME_MAX} 个字`);
    if (!email) reasons.push("缺少邮箱");
    else if (email.length > 200 || !emailSchema.safeParse(email).success) reasons.push(`邮箱“${row.email.trim()}”格式不正确`);
    else {
      const first = firstRowOfEmail.get(email);
      if (first !== undefined) reasons.push(`邮箱与第 ${first} 行重复`);
      else firstRowOfEmail.set(email, row.row);
    }
    if (reasons.length > 0) errors.push({ row: row.row, message: reasons.join("；") });
    else valid.push({ row: row.row, name, email });
  }
  return { valid, errors };
}
