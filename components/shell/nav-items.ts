import type { Role } from "@/lib/auth/roles";

export interface NavItem {
  href: string;
  label: string;
}

const LEARNER_ITEMS: NavItem[] = [
  { href: "/", label: "首页" },
  { href: "/study", label: "学习" },
  { href: "/practice", label: "练习" },
  { href: "/review", label: "复习" },
  { href: "/mistakes", label: "错题本" },
  { href: "/assignments", label: "测验任务" },
  { href: "/progress", label: "进度" },
  { href: "/me", label: "我的" },
];

const INSTRUCTOR_ITEMS: NavItem[] = [
  { href: "/classes", label: "班级" },
  { href: "/bank", label: "题库" },
  { href: "/quizzes", label: "测验" },
];

const ADMIN_ITEMS: NavItem[] = [
  { href: "/admin/users", label: "用户" },
  { href: "/admin/reports", label: "报表" },
  { href: "/admin/audit", label: "审计" },
  { href: "/admin/settings", label: "设置" },
];

/** What each role sees in the navigation: every role studies; staff also teach; admins also administer. */
export function navigationFor(role: Role): NavItem[] {
  if (role === "ADMIN") return [...LEARNER_ITEMS, ...INSTRUCTOR_ITEMS, ...ADMIN_ITEMS];
  if (role === "INSTRUCTOR") return [...LEARNER_ITEMS, ...INSTRUCTOR_ITEMS];
  return LEARNER_ITEMS;
}
