"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { NavIcon } from "./nav-icon";
import { currentItem, type NavItem } from "./nav-items";

/**
 * The phone's navigation: a tab bar fixed to the bottom edge, above the home indicator
 * (safe-area inset), icon over label. The tab of the current section is marked in weight and a
 * bar as well as colour, and by aria-current ("page" on the tab's own page, "true" below it).
 */
export function TabBar({ tabs }: { tabs: NavItem[] }) {
  const pathname = usePathname();
  const current = currentItem(pathname, tabs);
  return (
    <nav
      aria-label="主导航"
      data-testid="tab-bar"
      className="fixed inset-x-0 bottom-0 z-40 border-t border-stone-200 bg-white pr-[env(safe-area-inset-right)] pb-[env(safe-area-inset-bottom)] pl-[env(safe-area-inset-left)] md:hidden"
    >
      <ul className="mx-auto grid max-w-lg" style={{ gridTemplateColumns: `repeat(${tabs.length}, minmax(0, 1fr))` }}>
        {tabs.map((tab) => {
          const isCurrent = tab === current;
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={isCurrent ? (pathname === tab.href ? "page" : "true") : undefined}
                className={`relative flex min-h-14 flex-col items-center justify-center gap-0.5 px-1 py-1.5 text-xs ${
                  isCurrent ? "font-bold text-brand-700" : "text-stone-600 hover:text-stone-900"
                }`}
              >
                {isCurrent ? <span aria-hidden="true" className="absolute inset-x-3 top-0 h-1 rounded-b bg-brand-600" /> : null}
                <NavIcon name={tab.icon} />
                <span className="whitespace-nowrap">{tab.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
