import type { Role } from "@/lib/auth/roles";
import type { NavIconName } from "./nav-icon";

export interface NavItem {
  href: string;
  label: string;
  icon: NavIconName;
  /** Other sections this tab stands for on a phone, where they have no tab of their own. */
  covers?: readonly string[];
}

export interface NavGroup {
  /** Shown above the group in the side navigation; null for an untitled group. */
  title: string | null;
  items: NavItem[];
}

/**
 * What one role navigates by. On a phone: a bottom tab bar of at most five tabs; every other
 * section is listed on 我的 (moreGroupsFor) or reached from the tab that covers it. On a wider
 * screen: the side navigation, every section in groups.
 */
export interface Navigation {
  tabs: NavItem[];
  groups: NavGroup[];
}

export const MAX_TABS = 5;

const HOME: NavItem = { href: "/", label: "首页", icon: "home" };
const STUDY: NavItem = { href: "/study", label: "学习", icon: "book" };
const PRACTICE: NavItem = { href: "/practice", label: "练习", icon: "pencil" };
const REVIEW: NavItem = { href: "/review", label: "复习", icon: "repeat" };
const MISTAKES: NavItem = { href: "/mistakes", label: "错题本", icon: "mistake" };
const FAVORITES: NavItem = { href: "/favorites", label: "收藏", icon: "star" };
const ASSIGNMENTS: NavItem = { href: "/assignments", label: "测验任务", icon: "clipboardCheck" };
const PROGRESS: NavItem = { href: "/progress", label: "进度", icon: "chart" };
const ME: NavItem = { href: "/me", label: "我的", icon: "user", covers: ["/history"] };

const WORKBENCH: NavItem = { href: "/", label: "工作台", icon: "dashboard" };
const CLASSES: NavItem = { href: "/classes", label: "班级", icon: "users", covers: ["/learners"] };
const BANK: NavItem = { href: "/bank", label: "题库", icon: "database" };
const QUIZZES: NavItem = { href: "/quizzes", label: "测验", icon: "clipboard" };
/** Staff's own study: 今日学习 and every learner section, one tap from anywhere. */
const OWN_STUDY: NavItem = { href: "/today", label: "学习", icon: "graduation" };

/** The learner sections staff also have, for their own study (listed on 我的学习, /today). */
export const STUDY_SECTIONS: readonly NavItem[] = [STUDY, PRACTICE, REVIEW, MISTAKES, FAVORITES, ASSIGNMENTS, PROGRESS];

/** The 管理 pages, on an administrator's workbench and side navigation. */
export const ADMIN_SECTIONS: readonly NavItem[] = [
  { href: "/admin/users", label: "用户", icon: "shield" },
  { href: "/admin/reports", label: "报表", icon: "barChart" },
  { href: "/admin/audit", label: "审计", icon: "fileText" },
  { href: "/admin/settings", label: "设置", icon: "sliders" },
];

const LEARNER: Navigation = {
  tabs: [HOME, STUDY, { ...PRACTICE, covers: ["/mistakes", "/favorites", "/assignments", "/exam"] }, REVIEW, { ...ME, covers: ["/history", "/progress"] }],
  groups: [{ title: null, items: [HOME, ...STUDY_SECTIONS, ME] }],
};

function staffNavigation(administrator: boolean): Navigation {
  return {
    tabs: [
      // Quizzes and, for administrators, the 管理 pages are reached from the workbench.
      { ...WORKBENCH, covers: ["/quizzes", ...(administrator ? ["/admin"] : [])] },
      CLASSES,
      BANK,
      { ...OWN_STUDY, covers: [...STUDY_SECTIONS.map((item) => item.href), "/exam", "/history"] },
      ME,
    ],
    groups: [
      { title: "教学", items: [WORKBENCH, CLASSES, BANK, QUIZZES] },
      ...(administrator ? [{ title: "管理", items: [...ADMIN_SECTIONS] }] : []),
      { title: "我的学习", items: [{ ...OWN_STUDY, label: "今日学习" }, ...STUDY_SECTIONS] },
      { title: null, items: [ME] },
    ],
  };
}

/** Every role studies; staff also teach (a workbench of their own); administrators also administer. */
export function navigationFor(role: Role): Navigation {
  if (role === "ADMIN") return staffNavigation(true);
  if (role === "INSTRUCTOR") return staffNavigation(false);
  return LEARNER;
}

/** The sections a phone has no tab for, in the side navigation's groups: listed on 我的. */
export function moreGroupsFor(role: Role): NavGroup[] {
  const { tabs, groups } = navigationFor(role);
  const tabbed = new Set(tabs.map((tab) => tab.href));
  return groups
    .map((group) => ({ ...group, items: group.items.filter((item) => !tabbed.has(item.href)) }))
    .filter((group) => group.items.length > 0);
}

function matches(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The item the page at `pathname` belongs to: the longest match of an item's own address, else
 * of an address it covers; null when none does.
 */
export function currentItem(pathname: string, items: readonly NavItem[]): NavItem | null {
  let best: { item: NavItem; length: number } | null = null;
  for (const item of items) {
    for (const href of [item.href, ...(item.covers ?? [])]) {
      if (matches(pathname, href) && (!best || href.length > best.length)) best = { item, length: href.length };
    }
  }
  return best?.item ?? null;
}
