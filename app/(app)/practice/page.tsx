import Link from "next/link";
import type { Metadata } from "next";
import { Button, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { PRACTICE_MODES } from "@/lib/format/practice-modes";
import { listOpenPractice, type OpenPractice } from "@/lib/server/practice/list-open-practice";
import { listPracticeModules } from "@/lib/server/practice/list-practice-modules";
import { bestChallengeRun } from "@/lib/server/practice/start-daily-quiz";
import { startChallengeAction, startDailyQuizAction, startMistakesAction, startPracticeAction, startUnseenFirstAction } from "./actions";

export const metadata: Metadata = { title: "练习" };

const ERRORS: Record<string, string> = {
  empty: "没有可练习的题目：题库里暂时没有符合这个练习的题。",
  invalid: "练习参数无效，请从列表中重新选择。",
};

export default async function PracticePage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const actor = await requireActor();
  const db = await getDb();
  const [allModules, bestRun, practice, query] = await Promise.all([listPracticeModules(db), bestChallengeRun(db, actor), listOpenPractice(db, actor), searchParams]);
  const modules = allModules.filter((row) => row.questions > 0);
  const { open } = practice;
  return (
    <div className="space-y-4">
      <PageHeader title="练习" description="六种练习方式，做到一半离开也没关系：每种练习只保留一组，点“继续”从第一道没做的题接着做。" />
      <ErrorAlert message={query.error ? (ERRORS[query.error] ?? null) : null} />
      {modules.length === 0 ? (
        <EmptyState title="题库中还没有可练习的题目" action={{ href: "/study", label: "去学习" }}>
          课程导入并生成题库后即可开始练习，先去学习课程吧。
        </EmptyState>
      ) : (
        <>
          <ul className="grid gap-3 sm:grid-cols-2" aria-label="练习方式">
            <ModeCard mode="DAILY" open={open.get("DAILY")}>
              {practice.dailyDoneId ? (
                <Link href={`/practice/${practice.dailyDoneId}?done=1`} className={buttonClasses("secondary")}>
                  今日已完成，查看结果
                </Link>
              ) : open.get("DAILY") ? null : (
                <form action={startDailyQuizAction}>
                  <Button type="submit">开始每日一练</Button>
                </form>
              )}
            </ModeCard>
            <ModeCard mode="PRACTICE" open={open.get("PRACTICE")}>
              <Link href="#modules" className={buttonClasses("secondary")}>
                选择单元
              </Link>
            </ModeCard>
            <ModeCard mode="MISTAKES" open={open.get("MISTAKES")} note={`错题本现有 ${practice.mistakes} 题`}>
              {practice.mistakes > 0 ? (
                <form action={startMistakesAction}>
                  <Button type="submit">重练全部错题</Button>
                </form>
              ) : null}
              <Link href="/mistakes" className={buttonClasses("secondary")}>
                按知识点挑选
              </Link>
            </ModeCard>
            <ModeCard mode="MEMORIZE" open={open.get("MEMORIZE")}>
              <Link href="#modules" className={buttonClasses("secondary")}>
                选择单元
              </Link>
            </ModeCard>
            <ModeCard mode="UNSEEN" open={open.get("UNSEEN")}>
              {open.get("UNSEEN") ? null : (
                <form action={startUnseenFirstAction}>
                  <Button type="submit">开始未做优先</Button>
                </form>
              )}
            </ModeCard>
            <ModeCard mode="CHALLENGE" open={open.get("CHALLENGE")} note={`最好成绩：连续答对 ${bestRun} 题`}>
              {open.get("CHALLENGE") ? null : (
                <form action={startChallengeAction}>
                  <Button type="submit">开始挑战</Button>
                </form>
              )}
            </ModeCard>
          </ul>
          <p className="text-sm text-stone-600">
            同一种练习换一个范围（另一个单元、另一组错题）会结束未完成的那一组，已答的题保留在
            <Link href="/history" className="text-brand-700 underline underline-offset-4">答题记录</Link>
            里。答题后点“收藏”的题目在
            <Link href="/favorites" className="text-brand-700 underline underline-offset-4">收藏</Link>
            里练习。
          </p>
          <section aria-labelledby="modules" className="space-y-3">
            <h2 id="modules" className="scroll-mt-4 text-lg font-semibold text-stone-900">
              按单元练习
            </h2>
            <ul className="space-y-3">
              {modules.map((row) => (
                <li key={row.id} className="rounded-xl border border-stone-200 bg-white p-4">
                  <p className="font-medium text-stone-900">{row.title}</p>
                  <p className="text-sm text-stone-600">
                    {row.course.title} · {row.questions} 题
                    {moduleProgress(open.get("PRACTICE"), row.id, "专项练习")}
                    {moduleProgress(open.get("MEMORIZE"), row.id, "背题")}
                  </p>
                  <form action={startPracticeAction} className="mt-3 flex flex-wrap gap-2">
                    <input type="hidden" name="moduleId" value={row.id} />
                    <Button type="submit" name="order" value="source" aria-label={`顺序练习：${row.title}`}>
                      顺序练习
                    </Button>
                    <Button type="submit" name="order" value="shuffled" variant="secondary" aria-label={`随机练习：${row.title}`}>
                      随机练习
                    </Button>
                  </form>
                  <form action={startPracticeAction} className="mt-2">
                    <input type="hidden" name="moduleId" value={row.id} />
                    <input type="hidden" name="order" value="source" />
                    <Button type="submit" name="mode" value="MEMORIZE" variant="ghost" aria-label={`背题：${row.title}`}>
                      背题
                    </Button>
                  </form>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}

/** One named mode: its name, its one line, its open attempt (继续) and how to start it. */
function ModeCard({ mode, open, note, children }: { mode: keyof typeof PRACTICE_MODES; open: OpenPractice | undefined; note?: string; children: React.ReactNode }) {
  const { name, line } = PRACTICE_MODES[mode];
  return (
    <li className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4" data-testid={`mode-${mode}`}>
      <h2 className="text-lg font-semibold text-stone-900">{name}</h2>
      <p className="text-sm text-stone-600">{line}</p>
      {note ? <p className="text-sm text-stone-700">{note}</p> : null}
      {open ? (
        <p className="text-sm text-stone-800" data-testid={`open-${mode}`}>
          进行中{open.moduleTitle ? `：${open.moduleTitle}` : ""} · {openFigure(open)}
        </p>
      ) : null}
      <div className="mt-auto flex flex-wrap gap-2 pt-1">
        {open ? (
          <Link href={`/practice/${open.attemptId}`} className={buttonClasses("primary")} aria-label={`继续${name}`}>
            继续
          </Link>
        ) : null}
        {children}
      </div>
    </li>
  );
}

function openFigure(open: OpenPractice): string {
  if (open.mode === "CHALLENGE") return `已连续答对 ${open.correct} 题`;
  if (open.mode === "MEMORIZE") return `已看 ${open.done} / ${open.total} 题`;
  return `已答 ${open.done} / ${open.total} 题`;
}

function moduleProgress(open: OpenPractice | undefined, moduleId: string, label: string): string {
  return open?.moduleId === moduleId ? ` · ${label}进行中 ${open.done}/${open.total}` : "";
}
