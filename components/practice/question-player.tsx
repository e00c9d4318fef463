"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import type { AnswerFeedback } from "@/lib/server/practice/answer-feedback";
import type { PracticeStep } from "@/lib/server/practice/get-practice-step";
import type { AnswerResult } from "@/lib/server/practice/submit-practice-answer";
import type { SrsRating } from "@/lib/srs";
import { KEY_HIDDEN_MESSAGE } from "@/lib/quizzes/key-visibility";
import { BlankInputs, OptionChoices, TrueFalseChoices } from "@/components/answering/answer-inputs";
import { Button } from "@/components/ui/button";
import { FeedbackPanel } from "./feedback-panel";
import { postPracticeAnswer } from "./post-practice-answer";
import { ErrorAlert } from "@/components/ui/error-alert";
import { LengthLimit } from "@/components/ui/length-limit";
import { answerLengthProblem, SHORT_ANSWER_MAX_LENGTH } from "@/lib/validation/practice-answer";
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
  // A question answered before (a refresh) shows the learner's own choice beside the key.
  const given = step.feedback?.given;
  const [selected, setSelected] = useState<string[]>(() => (isChoice(question.type) && Array.isArray(given) ? given.map(String) : []));
  const [verdict, setVerdict] = useState<boolean | null>(() => (typeof given === "boolean" ? given : null));
  const [blanks, setBlanks] = useState<string[]>(() => Array.from({ length: question.blanks }, () => ""));
  const [text, setText] = useState("");
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
  const choiceKeys = useMemo(() => (question.type === "TRUE_FALSE" ? ["T", "F"] : question.options.map((option) => option.key)), [question]);

  const choose = useCallback(
    (key: string) => {
      if (feedback) return;
      if (question.type === "TRUE_FALSE") setVerdict(key === "T");
      else if (question.type === "MULTIPLE_CHOICE") setSelected((current) => (current.includes(key) ? current.filter((item) => item !== key) : [...current, key].sort()));
      else setSelected([key]);
    },
    [feedback, question.type],
  );

  const submit = useCallback(() => {
    if (feedback || pending) return;
    const response =
      question.type === "TRUE_FALSE" ? verdict : question.type === "FILL_BLANK" ? blanks : question.type === "SHORT_ANSWER" ? text : selected;
    const empty =
      response === null ||
      (Array.isArray(response) && (response.length === 0 || response.every((item) => !item.trim())));
    if (empty) {
      setError(question.type === "FILL_BLANK" ? "请填写答案后再提交。" : "请先选择答案。");
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
          response: response as string[] | string | boolean,
          durationMs: Date.now() - shownAt.current,
        });
        if (result.ok) {
          setFeedback(result.feedback);
          if (question.type === "SHORT_ANSWER") router.refresh();
        } else if (result.reason === "ATTEMPT_CLOSED") router.push(`/practice/${step.attemptId}?done=1`);
        else if (result.reason === "SIGNED_OUT") router.push("/login");
        else if (result.reason === "PASSWORD_CHANGE_REQUIRED") router.push("/change-password");
        else if (result.reason === "ANSWER_TOO_LONG") setError(result.message);
        else setError(REFUSALS[result.reason] ?? "提交失败，请重试。");
      } catch {
        setError("网络连接中断，答案没有提交成功，请重试。");
      }
    });
  }, [blanks, feedback, pending, question.id, question.type, router, selected, step.attemptId, text, verdict]);

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
        {question.type === "SINGLE_CHOICE" || question.type === "MULTIPLE_CHOICE" ? (
          <OptionChoices
            multiple={question.type === "MULTIPLE_CHOICE"}
            options={question.options}
            selected={selected}
            letterOf={(option) => option.key}
            keys={feedback && (feedback.type === "SINGLE_CHOICE" || feedback.type === "MULTIPLE_CHOICE") ? feedback.answer : undefined}
            onChoose={choose}
          />
        ) : null}
        {question.type === "TRUE_FALSE" ? <TrueFalseChoices value={verdict} answer={feedback?.type === "TRUE_FALSE" ? feedback.answer : undefined} onChoose={choose} /> : null}
        {question.type === "FILL_BLANK" ? <BlankInputs values={blanks} onChange={setBlanks} /> : null}
        {question.type === "SHORT_ANSWER" ? (
          <div>
            <label htmlFor="short-answer" className="block text-sm text-stone-700">
              先写下或想一想你的答案（可不填），再查看参考答案
            </label>
            <textarea
              id="short-answer"
              rows={4}
              maxLength={SHORT_ANSWER_MAX_LENGTH}
              aria-describedby="short-answer-limit"
              value={text}
              onChange={(event) => setText(event.target.value)}
              className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base"
            />
            <LengthLimit id="short-answer-limit" max={SHORT_ANSWER_MAX_LENGTH} length={text.length} />
          </div>
        ) : null}
      </fieldset>
      <ErrorAlert message={error} />
      {!feedback ? (
        <Button type="button" onClick={submit} disabled={pending} className="w-full sm:w-auto">
          {question.type === "SHORT_ANSWER" ? "查看参考答案" : pending ? "正在提交…" : "提交答案"}
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
      {feedback && (question.type !== "SHORT_ANSWER" || feedback.selfGrade !== null) ? (
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

function isChoice(type: string): boolean {
  return type === "SINGLE_CHOICE" || type === "MULTIPLE_CHOICE";
}
