import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignQuizForm } from "@/components/quizzes/assign-quiz-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { defaultAssignmentWindow } from "@/lib/quizzes/shanghai-time";
import { listClassesForActor } from "@/lib/server/classes/list-classes-for-actor";
import { scopeFor } from "@/lib/server/authorization/scope";
import { createAssignmentAction } from "../../actions";

export const metadata: Metadata = { title: "布置测验" };

export default async function AssignQuizPage({ params }: { params: Promise<{ quizId: string }> }) {
  const actor = await requireStaff();
  const { quizId } = await params;
  const db = await getDb();
  const quiz = await db.quiz.findFirst({ where: scopeFor(actor).quiz(quizId), select: { id: true, title: true } });
  if (!quiz) notFound();
  const classes = await listClassesForActor(db, actor);
  const initialWindow = defaultAssignmentWindow(new Date());
  return (
    <div className="space-y-4">
      <PageHeader title="布置测验" description={quiz.title} />
      <Link href={`/quizzes/${quiz.id}`} className={buttonClasses("ghost")}>
        返回测验
      </Link>
      <Card>
        <AssignQuizForm
          quizId={quiz.id}
          defaultTitle={quiz.title}
          defaultOpensAt={initialWindow.opensAt}
          defaultClosesAt={initialWindow.closesAt}
          classes={classes.map((item) => ({ id: item.id, name: item.name, learners: item._count.members }))}
          action={createAssignmentAction}
        />
      </Card>
    </div>
  );
}
