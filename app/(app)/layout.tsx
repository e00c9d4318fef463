import { AppShell } from "@/components/shell/app-shell";
import { requireActor } from "@/lib/auth/guard";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  return <AppShell actor={actor}>{children}</AppShell>;
}
