import Link from "next/link";
import { ROLE_LABELS, type Actor } from "@/lib/auth/roles";
import { navigationFor } from "./nav-items";
import { SideNav } from "./side-nav";
import { SignOutButton } from "./sign-out-button";
import { TabBar } from "./tab-bar";

/**
 * The signed-in layout: a top bar with the user; on a phone a bottom tab bar (the page keeps
 * room for it below its end), on wider screens a side navigation.
 */
export function AppShell({ actor, children }: { actor: Actor; children: React.ReactNode }) {
  const navigation = navigationFor(actor.role);
  return (
    <div className="min-h-dvh">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        跳到正文
      </a>
      <header className="sticky top-0 z-40 border-b border-stone-200 bg-white/95 pt-[env(safe-area-inset-top)] backdrop-blur">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-2">
          <Link href="/" className="text-lg font-bold text-brand-700">
            党课学堂
          </Link>
          <div className="flex items-center gap-2 text-sm">
            <span className="text-stone-700" data-testid="current-user">
              {actor.name}
              <span className="ml-1 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">{ROLE_LABELS[actor.role]}</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-6xl gap-6 px-4 md:py-6">
        <SideNav groups={navigation.groups} />
        <main id="main" className="min-w-0 flex-1 pt-4 pb-[calc(5.5rem+env(safe-area-inset-bottom))] md:py-0">
          {children}
        </main>
      </div>
      <TabBar tabs={navigation.tabs} />
    </div>
  );
}
