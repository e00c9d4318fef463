import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { AUDIT_ACTION_LABELS } from "@/components/admin/audit-action-labels";
import { STATUS_TRANSITIONS } from "@/lib/server/bank-admin/change-question-status";

/** Every `action: "…"` literal the services write to the audit log, and the question status steps. */
function auditActionsInServices(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) {
        for (const match of fs.readFileSync(full, "utf8").matchAll(/action: "([a-z_]+\.[a-z_-]+)"/g)) found.add(match[1]!);
      }
    }
  };
  walk(path.resolve("lib/server"));
  for (const step of Object.keys(STATUS_TRANSITIONS)) found.add(`question.${step}`).add(`question.bulk-${step}`);
  return [...found].sort();
}

describe("audit action labels", () => {
  test("every action the services record has a Chinese name for the audit log filter", () => {
    const actions = auditActionsInServices();
    expect(actions.length).toBeGreaterThan(20);
    expect(actions.filter((action) => !(action in AUDIT_ACTION_LABELS))).toEqual([]);
  });
});
