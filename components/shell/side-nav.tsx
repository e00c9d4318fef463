"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId } from "react";
import { NavIcon } from "./nav-icon";
import { currentItem, type NavGroup } from "./nav-items";

/** The navigation on wider screens: every section, in titled groups, beside the page. */
export function SideNav({ groups }: { groups: NavGroup[] }) {
  const pathname = usePathname();
  const current = currentItem(pathname, groups.flatMap((group) => group.items));
  const id = useId();
  return (
    <nav aria-label="主导航" className="sticky top-20 hidden max-h-[calc(100dvh-6rem)] w-44 shrink-0 space-y-4 self-start overflow-y-auto md:block">
      {groups.map((group, index) => (
        <div key={group.title ?? index}>
          {group.title ? (
            <p id={`${id}-${index}`} className="px-3 pb-1 text-sm font-semibold text-stone-600">
              {group.title}
            </p>
          ) : null}
          <ul aria-labelledby={group.title ? `${id}-${index}` : undefined} className="space-y-0.5">
            {group.items.map((item) => {
              const isCurrent = item === current;
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={isCurrent ? (pathname === item.href ? "page" : "true") : undefined}
                    className={`flex min-h-11 items-center gap-2 rounded-lg px-3 py-2 text-base ${
                      isCurrent ? "bg-brand-50 font-semibold text-brand-700" : "text-stone-700 hover:bg-stone-100"
                    }`}
                  >
                    <NavIcon name={item.icon} className="size-5" />
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
