import { describe, expect, test } from "vitest";
import { auditSentence } from "@/components/admin/audit-sentence";

describe("an audit entry as a sentence", () => {
  test("names the actor, the action and the record, then what changed in Chinese words", () => {
    const sentence = auditSentence({
      action: "quiz.update",
      actor: { name: "王老师" },
      before: { title: "期末测验", scoring: "BEST", shuffleOptions: false },
      after: { title: "期末测验", scoring: "LAST", shuffleOptions: true },
    });
    expect(sentence).toBe("王老师 修改测验设置「期末测验」：计分方式：取最高分 → 取最后一次；打乱选项顺序：否 → 是。");
  });

  test("times are written in 北京时间 and roles by their names", () => {
    expect(
      auditSentence({ action: "assignment.change_window", actor: { name: "王老师" }, before: { closesAt: "2026-12-08T10:30:00.000Z" }, after: { closesAt: "2026-12-20T04:00:00.000Z" } }),
    ).toBe("王老师 修改测验开放时间：截止时间：2026-12-08 18:30 → 2026-12-20 12:00。");
    expect(auditSentence({ action: "user.change_role", actor: null, before: { role: "LEARNER", email: "a@b.cn" }, after: { role: "INSTRUCTOR" } })).toBe(
      "系统 修改角色「a@b.cn」：角色：学员 → 教员。",
    );
  });

  test("shows at most three changes and counts the rest; no code or JSON reaches the sentence", () => {
    const sentence = auditSentence({
      action: "quiz.update",
      actor: { name: "王老师" },
      before: { scoring: "BEST", latePolicy: "REFUSE", resultPolicy: "NEVER", attemptsAllowed: 1, pointsByType: { SINGLE_CHOICE: 1 } },
      after: { scoring: "LAST", latePolicy: "ACCEPT_MARKED_LATE", resultPolicy: "IMMEDIATELY", attemptsAllowed: 2, pointsByType: { SINGLE_CHOICE: 2 } },
    });
    expect(sentence).toContain("另有 2 项改动");
    expect(sentence).not.toMatch(/[A-Z]{3,}|[{}]|quiz\./);
  });

  test("an entry without a before state is the actor and the action alone", () => {
    expect(auditSentence({ action: "class.create", actor: { name: "李管理员" }, before: null, after: { name: "第一支部" } })).toBe("李管理员 创建班级「第一支部」。");
  });
});
