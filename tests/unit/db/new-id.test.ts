import { describe, expect, test } from "vitest";
import { newId } from "@/lib/db/new-id";

describe("newId", () => {
  test("makes cuid-shaped ids that do not repeat across refills of the random pool", () => {
    const ids = Array.from({ length: 2_000 }, () => newId());
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect(new Set(ids).size).toBe(ids.length);
    // The random part varies, not only the time prefix.
    expect(new Set(ids.map((id) => id.slice(9))).size).toBe(ids.length);
  });
});
