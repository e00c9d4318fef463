import { describe, expect, test } from "vitest";
import { MAX_TABS, currentItem, moreGroupsFor, navigationFor } from "@/components/shell/nav-items";
import type { Role } from "@/lib/auth/roles";

const ROLES: Role[] = ["LEARNER", "INSTRUCTOR", "ADMIN"];
const labels = (items: { label: string }[]) => items.map((item) => item.label);
const tabOf = (role: Role, pathname: string) => currentItem(pathname, navigationFor(role).tabs)?.label ?? null;
const sideOf = (role: Role, pathname: string) => currentItem(pathname, navigationFor(role).groups.flatMap((group) => group.items))?.label ?? null;

describe("navigation per role", () => {
  test("each role's phone tabs: at most five, learners study, staff work first and study one tap away", () => {
    expect(labels(navigationFor("LEARNER").tabs)).toEqual(["首页", "学习", "练习", "复习", "我的"]);
    expect(labels(navigationFor("INSTRUCTOR").tabs)).toEqual(["工作台", "班级", "题库", "学习", "我的"]);
    expect(labels(navigationFor("ADMIN").tabs)).toEqual(["工作台", "班级", "题库", "学习", "我的"]);
    for (const role of ROLES) expect(navigationFor(role).tabs.length).toBeLessThanOrEqual(MAX_TABS);
  });

  test.each(ROLES)("every section of the %s side navigation is a tab or listed on 我的, once", (role) => {
    const { tabs, groups } = navigationFor(role);
    const sections = groups.flatMap((group) => group.items.map((item) => item.href));
    expect(new Set(sections).size).toBe(sections.length);
    const onPhone = [...tabs.map((tab) => tab.href), ...moreGroupsFor(role).flatMap((group) => group.items.map((item) => item.href))];
    expect(new Set(onPhone)).toEqual(new Set(sections));
  });

  test("only administrators have the 管理 pages; staff have 测验, learners none of the staff pages", () => {
    const hrefs = (role: Role) => navigationFor(role).groups.flatMap((group) => group.items.map((item) => item.href));
    expect(hrefs("ADMIN")).toEqual(expect.arrayContaining(["/admin/users", "/admin/reports", "/admin/audit", "/admin/settings", "/quizzes"]));
    expect(hrefs("INSTRUCTOR").filter((href) => href.startsWith("/admin"))).toEqual([]);
    expect(hrefs("INSTRUCTOR")).toContain("/quizzes");
    expect(hrefs("LEARNER").filter((href) => ["/classes", "/bank", "/quizzes", "/today"].includes(href) || href.startsWith("/admin"))).toEqual([]);
  });

  test("a phone marks the tab whose section the page belongs to", () => {
    expect(tabOf("LEARNER", "/")).toBe("首页");
    expect(tabOf("LEARNER", "/study/module-1")).toBe("学习");
    expect(tabOf("LEARNER", "/mistakes")).toBe("练习");
    expect(tabOf("LEARNER", "/exam/attempt-1")).toBe("练习");
    expect(tabOf("LEARNER", "/progress")).toBe("我的");
    expect(tabOf("LEARNER", "/me/points")).toBe("我的");
    expect(tabOf("LEARNER", "/studying")).toBeNull();
    expect(tabOf("INSTRUCTOR", "/quizzes/assignments/a/results")).toBe("工作台");
    expect(tabOf("INSTRUCTOR", "/learners/l-1")).toBe("班级");
    expect(tabOf("INSTRUCTOR", "/bank/q-1/edit")).toBe("题库");
    expect(tabOf("INSTRUCTOR", "/practice/attempt-1")).toBe("学习");
    expect(tabOf("INSTRUCTOR", "/today")).toBe("学习");
    expect(tabOf("INSTRUCTOR", "/admin/users")).toBeNull();
    expect(tabOf("ADMIN", "/admin/reports/classes/c-1")).toBe("工作台");
  });

  test("the side navigation marks the section itself", () => {
    expect(sideOf("ADMIN", "/admin/reports/classes/c-1")).toBe("报表");
    expect(sideOf("ADMIN", "/quizzes/new")).toBe("测验");
    expect(sideOf("INSTRUCTOR", "/today")).toBe("今日学习");
    expect(sideOf("INSTRUCTOR", "/study")).toBe("学习");
    expect(sideOf("LEARNER", "/history/attempt-1")).toBe("我的");
  });
});
