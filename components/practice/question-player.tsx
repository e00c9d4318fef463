"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import type { AnswerFeedback } from "@/lib/server/practice/answer-feedback";
import type { PracticeStep } from "@/lib/server/practice/get-practice-step";
import type { AnswerResult } from "@/lib/server/practice/submit-practice-answer";
import type { SrsRating } from "@/lib/srs";
import { KEY_HIDDEN_MESSAGE } from "@/lib/quizzes/key-visibility";
import { Button } from "@/components/ui/button";
import { FeedbackPanel } from "./feedback-panel";
import { postPracticeAnswer } from "./post-practice-answer";
import { ErrorAlert } from "@/components/ui/error-alert";
import { answerLengthProblem } from "@/lib/validation/practice-answer";
import type { LearnerResponse } from "@/lib/questions/types";
import { viewOf } from "@/components/questions/type-views";
import { QUESTION_TYPE_LABELS } from "@/lib/format/question-type-labels";

const REFUSALS: Record<string, string> = {
  NOT_FOUND: "找不到这道题，练习可能已结束。",
  INVALID_RESPONSE: "请先作答再提交。",
  ALREADY_RATED: "这道题已经评过分了。",
  KEY_HIDDEN: KEY_HIDDEN_MESSAGE,
  QUESTION_UNREADABLE: "这道题的题库数据有误，暂时无法作答，请告诉教员修正。可以先做下一题。",
};

type RateAnswer = (input: { attemptId: string; questionId: string; rating: SrsRating }) => Promise<AnswerResult>;
type SetFavorite = (input: { questionId: string; starred: boolean }) => Promise<boolean>;

/**
 * One question per screen. Keys: 1–6 or A–F choose, Enter submits, → goes on. The answer is
 * not in this page until the server has recorded the learner's response.
 */
export function QuestionPlayer({
  step,
  rateAnswer,
  setFavorite,
}: {
  step: PracticeStep;
  rateAnswer: RateAnswer;
  setFavorite: SetFavorite;
}) {
  const router = useRouter();
  const { question } = step;
  const view = viewOf(question.type);
  // A question answered before (a refresh) shows the learner's own choice beside the key.
  const [response, setResponse] = useState<LearnerResponse | null>(() => view.initialResponse(question, step.feedback?.given));
  const [feedback, setFeedback] = useState<AnswerFeedback | null>(step.feedback);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const shownAt = useRef(0);
  useEffect(() => {
    shownAt.current = Date.now();
  }, [question.id]);

  const [starred, setStarred] = useState(step.starred);
  // The step's counts were read before this screen's answer; count it once its feedback is here
  // (after a refresh the step has the answer and counts it itself).
  const answeredHere = feedback !== null && step.feedback === null;
  const answeredCount = step.answered + (answeredHere ? 1 : 0);
  const correctCount = step.correct + (answeredHere && feedback.status === "correct" ? 1 : 0);
  const challengeOver = step.mode === "CHALLENGE" && feedback !== null && feedback.status !== "correct";
  const last = step.index + 1 >= step.total || challengeOver;
  const nextHref = last ? `/practice/${step.attemptId}?done=1` : `/practice/${step.attemptId}?q=${step.index + 1}`;
  const choiceKeys = useMemo(() => view.choiceKeys(question), [question, view]);

  const choose = useCallback(
    (key: string) => {
      if (feedback) return;
      setResponse((current) => view.choose(current, key));
    },
    [feedback, view],
  );

  const submit = useCallback(() => {
    if (feedback || pending) return;
    const empty =
      response === null ||
      (Array.isArray(response) && (response.length === 0 || response.every((item) => !item.trim())));
    if (empty) {
      setError(view.emptyMessage);
      return;
    }
    const tooLong = answerLengthProblem(response);
    if (tooLong) {
      setError(tooLong);
      return;
    }
    setError(null);
    startTransition(async () => {
      try {
        const result = await postPracticeAnswer({
          attemptId: step.attemptId,
          questionId: question.id,
          response,
          durationMs: Date.now() - shownAt.current,
        });
        if (result.ok) {
          setFeedback(result.feedback);
          // A self-rated answer's rating buttons need the scheduling intervals the page reads.
          if (result.feedback.status === "self-graded") router.refresh();
        } else if (result.reason === "ATTEMPT_CLOSED") router.push(`/practice/${step.attemptId}?done=1`);
        else if (result.reason === "SIGNED_OUT") router.push("/login");
        else if (result.reason === "PASSWORD_CHANGE_REQUIRED") router.push("/change-password");
        else if (result.reason === "ANSWER_TOO_LONG") setError(result.message);
        else setError(REFUSALS[result.reason] ?? "提交失败，请重试。");
      } catch {
        setError("网络连接中断，答案没有提交成功，请重试。");
      }
    });
  }, [feedback, pending, question.id, response, router, step.attemptId, view]);

  const rate = (rating: SrsRating) =>
    startTransition(async () => {
      const result = await rateAnswer({ attemptId: step.attemptId, questionId: question.id, rating });
      if (result.ok) setFeedback(result.feedback);
      else setError(REFUSALS[result.reason] ?? "评分失败，请重试。");
    });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLTextAreaElement || (event.target instanceof HTMLInputElement && event.target.type === "text");
      if (event.key === "Enter" && !event.shiftKey && !(event.target instanceof HTMLTextAreaElement)) {
        if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) return;
        event.preventDefault();
        submit();
        return;
      }
      if (event.key === "ArrowRight" && feedback && !typing) {
        router.push(nextHref);
        return;
      }
      if (typing || event.metaKey || event.ctrlKey || event.altKey) return;
      const key = event.key.toUpperCase();
      const position = /^[1-6]$/.test(key) ? Number(key) - 1 : /^[A-F]$/.test(key) ? key.charCodeAt(0) - 65 : -1;
      if (position >= 0 && position < choiceKeys.length) choose(choiceKeys[position]!);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [choiceKeys, choose, feedback, nextHref, router, submit]);

  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-2 text-sm text-stone-600">
        {/* 挑战答题 is a run, not a set: its length is how far the learner gets. */}
        <span>
          {step.mode === "CHALLENGE" ? `挑战第 ${step.index + 1} 题` : `第 ${step.index + 1} / ${step.total} 题`} · {QUESTION_TYPE_LABELS[question.type]}
        </span>
        <span data-testid="practice-counts">
          {step.mode === "CHALLENGE" ? `已连续答对 ${correctCount} 题` : `已答 ${answeredCount} · 答对 ${correctCount}`}
        </span>
      </div>
      <fieldset className="space-y-3" disabled={Boolean(feedback)}>
        <legend className="text-lg leading-relaxed font-medium text-stone-900" data-testid="question-stem">
          {question.stem}
        </legend>
        <view.AnswerInput context="practice" question={question} response={response} answer={feedback?.answer} onChoose={choose} onType={setResponse} />
      </fieldset>
      <ErrorAlert message={error} />
      {!feedback ? (
        <Button type="button" onClick={submit} disabled={pending} className="w-full sm:w-auto">
          {view.submitLabel ?? (pending ? "正在提交…" : "提交答案")}
        </Button>
      ) : (
        <FeedbackPanel feedback={feedback} ratingIntervals={step.ratingIntervals} onRate={rate} pending={pending} />
      )}
      {feedback ? (
        <button
          type="button"
          aria-pressed={starred}
          onClick={() => startTransition(async () => setStarred(await setFavorite({ questionId: question.id, starred: !starred })))}
          className="min-h-11 rounded-lg px-3 text-sm text-stone-700 hover:bg-stone-100"
        >
          {starred ? "★ 已收藏" : "☆ 收藏"}
        </button>
      ) : null}
      {feedback && (feedback.status !== "self-graded" || feedback.selfGrade !== null) ? (
        <Link href={nextHref} className="inline-flex min-h-11 w-full items-center justify-center rounded-lg bg-action px-4 py-2 font-medium text-on-action hover:bg-action-hover sm:w-auto">
          {challengeOver ? "挑战结束，查看成绩" : last ? "查看本次练习结果" : "下一题 →"}
        </Link>
      ) : null}
      {step.open && !last ? (
        <p className="text-sm text-stone-600">
          <Link href="/practice" className="underline underline-offset-4">
            稍后继续
          </Link>
          ：答过的题都已保存，回到练习页点“继续”从第一道没做的题接着做。
        </p>
      ) : null}
    </div>
  );
}

