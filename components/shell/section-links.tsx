import Link from "next/link";
import { NavIcon } from "./nav-icon";
import type { NavItem } from "./nav-items";

/** Sections as a grid of large links with their navigation icons (我的 → 更多, 我的学习, 管理). */
export function SectionLinks({ items, label, testId }: { items: readonly NavItem[]; label: string; testId?: string }) {
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4" aria-label={label} data-testid={testId}>
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} className="flex min-h-12 items-center gap-2 rounded-lg border border-stone-200 px-3 py-2 font-medium text-brand-700 hover:bg-stone-50">
            <NavIcon name={item.icon} className="size-5" />
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
