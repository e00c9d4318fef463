"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ExamQuestionView } from "@/lib/server/exams/exam-view";
import type { SaveResult } from "@/lib/server/exams/save-exam-answer";
import type { SubmitResult } from "@/lib/server/exams/submit-exam-attempt";
import { Button } from "@/components/ui/button";
import { Countdown } from "./countdown";
import { ErrorAlert } from "@/components/ui/error-alert";
import { viewOf } from "@/components/questions/type-views";
import { QUESTION_TYPE_LABELS } from "@/lib/format/question-type-labels";

type Answer = string[] | string | boolean;
type SaveAnswer = (input: { attemptId: string; questionId: string; response: Answer; durationMs: number | null }) => Promise<SaveResult>;
type SubmitAttempt = (input: { attemptId: string }) => Promise<SubmitResult>;

const TEXT_SAVE_DELAY_MS = 600;
/** Typing this close to the deadline is saved at once: an answer counts only if it reaches the server by the deadline. */
const SAVE_AT_ONCE_BEFORE_DEADLINE_MS = TEXT_SAVE_DELAY_MS + 2_000;

function isAnswered(answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  if (Array.isArray(answer)) return answer.some((item) => item.trim() !== "");
  return typeof answer === "boolean" || answer.trim() !== "";
}

/**
 * Exam mode: one question per screen, free navigation, every answer saved as it is given and
 * changeable until the paper is handed in. The countdown only displays the server's deadline;
 * at zero the paper is handed in, and the server closes it anyway when it is read later. Answers
 * reaching the server after the deadline are refused, so in the last seconds typing is saved at once.
 * Keys: 1–6 or A–F choose, ← and → move between questions.
 */
export function ExamPlayer({
  attemptId,
  title,
  questions,
  saved,
  deadlineAt,
  serverNow,
  initialIndex,
  saveAnswer,
  submitAttempt,
}: {
  attemptId: string;
  title: string;
  questions: ExamQuestionView[];
  saved: Record<string, unknown>;
  deadlineAt: string | null;
  serverNow: string;
  initialIndex: number;
  saveAnswer: SaveAnswer;
  submitAttempt: SubmitAttempt;
}) {
  const router = useRouter();
  const [index, setIndex] = useState(initialIndex);
  const [answers, setAnswers] = useState<Record<string, Answer>>(saved as Record<string, Answer>);
  const [saveState, setSaveState] = useState<"idle" | "saving" | "saved" | "error">("idle");
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const pendingSaves = useRef(new Set<Promise<unknown>>());
  const textTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const shownAt = useRef(0);
  const clockSkew = useRef(0);
  const question = questions[index]!;
  const view = viewOf(question.type);
  const answer = answers[question.id];

  useEffect(() => {
    clockSkew.current = Date.parse(serverNow) - Date.now();
  }, [serverNow]);

  useEffect(() => {
    shownAt.current = Date.now();
    window.history.replaceState(null, "", `?q=${index}`);
  }, [index]);

  const finish = useCallback(() => {
    router.replace(`/exam/${attemptId}`);
    router.refresh();
  }, [attemptId, router]);

  const persist = useCallback(
    (questionId: string, response: Answer) => {
      setSaveState("saving");
      const request = saveAnswer({ attemptId, questionId, response, durationMs: Date.now() - shownAt.current })
        .then((result) => {
          if (result.ok) {
            setSaveState("saved");
            return;
          }
          setSaveState("error");
          setMessage(result.message);
          // DEADLINE_PASSED: the countdown's hand-in follows and shows the result.
          if (result.reason === "TIME_UP" || result.reason === "CLOSED") finish();
        })
        .catch(() => {
          setSaveState("error");
          setMessage("网络连接中断，这道题的答案没有保存，请检查网络后重新作答。");
        });
      pendingSaves.current.add(request);
      void request.finally(() => pendingSaves.current.delete(request));
    },
    [attemptId, finish, saveAnswer],
  );

  const setAnswer = useCallback(
    (response: Answer, typed = false) => {
      setAnswers((current) => ({ ...current, [question.id]: response }));
      setMessage(null);
      if (textTimer.current) clearTimeout(textTimer.current);
      textTimer.current = null;
      const msLeft = deadlineAt ? Date.parse(deadlineAt) - (Date.now() + clockSkew.current) : Infinity;
      if (typed && msLeft > SAVE_AT_ONCE_BEFORE_DEADLINE_MS) textTimer.current = setTimeout(() => {
          textTimer.current = null;
          persist(question.id, response);
        }, TEXT_SAVE_DELAY_MS);
      else persist(question.id, response);
    },
    [deadlineAt, persist, question.id],
  );

  const flushText = useCallback(() => {
    if (!textTimer.current) return;
    clearTimeout(textTimer.current);
    textTimer.current = null;
    const current = answers[question.id];
    if (current !== undefined) persist(question.id, current);
  }, [answers, persist, question.id]);

  const choose = (key: string) => {
    const chosen = view.choose(answer ?? null, key);
    if (chosen !== null) setAnswer(chosen);
  };

  const go = (next: number) => {
    if (next < 0 || next >= questions.length) return;
    flushText();
    setConfirming(false);
    setIndex(next);
  };

  const handIn = useCallback(async () => {
    if (submitting) return;
    setSubmitting(true);
    // Text typed in the last moments is saved before the paper goes in, not dropped.
    flushText();
    await Promise.allSettled([...pendingSaves.current]);
    try {
      const result = await submitAttempt({ attemptId });
      if (!result.ok) setMessage("找不到这份答卷。");
      finish();
    } catch {
      setSubmitting(false);
      setMessage("网络连接中断，交卷没有成功，请重试。");
    }
  }, [attemptId, finish, flushText, submitAttempt, submitting]);

  const choiceKeys = view.choiceKeys(question);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      const typing = target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === "text");
      if (typing || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === "ArrowRight") return go(index + 1);
      if (event.key === "ArrowLeft") return go(index - 1);
      const key = event.key.toUpperCase();
      const position = /^[1-6]$/.test(key) ? Number(key) - 1 : /^[A-F]$/.test(key) ? key.charCodeAt(0) - 65 : -1;
      if (position >= 0 && position < choiceKeys.length) choose(choiceKeys[position]!);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const unanswered = questions.filter((item) => !isAnswered(answers[item.id])).length;

  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 -mx-4 flex items-center justify-between gap-2 border-b border-stone-200 bg-white/95 px-4 py-2">
        <h1 className="truncate text-base font-semibold text-stone-900">{title}</h1>
        {deadlineAt ? <Countdown deadlineAt={deadlineAt} serverNow={serverNow} onExpire={handIn} /> : <span className="text-sm text-stone-600">不限时</span>}
      </div>
      <nav aria-label="题目导航" className="flex flex-wrap gap-1.5">
        {questions.map((item, at) => (
          <button
            key={item.id}
            type="button"
            onClick={() => go(at)}
            aria-current={at === index ? "step" : undefined}
            aria-label={`第 ${at + 1} 题${isAnswered(answers[item.id]) ? "（已答）" : "（未答）"}`}
            className={`min-h-11 min-w-11 rounded-lg border text-sm ${
              at === index ? "border-action bg-action text-on-action" : isAnswered(answers[item.id]) ? "border-brand-300 bg-brand-50 text-brand-800" : "border-stone-300 bg-white text-stone-700"
            }`}
          >
            {at + 1}
          </button>
        ))}
      </nav>
      <div className="flex items-center justify-between text-sm text-stone-600">
        <span data-testid="exam-position">
          第 {index + 1} / {questions.length} 题 · {QUESTION_TYPE_LABELS[question.type]} · {question.points} 分
        </span>
        <span aria-live="polite" data-testid="save-state">
          {saveState === "saving" ? "正在保存…" : saveState === "saved" ? "已保存" : saveState === "error" ? "未保存" : ""}
        </span>
      </div>
      <fieldset className="space-y-3" disabled={submitting}>
        <legend className="text-lg leading-relaxed font-medium text-stone-900" data-testid="question-stem">
          {question.stem}
        </legend>
        <view.AnswerInput context="exam" question={question} response={answer ?? null} onChoose={choose} onType={(response) => setAnswer(response, true)} onBlur={flushText} />
      </fieldset>
      <ErrorAlert message={message} />
      <div className="grid grid-cols-2 gap-2 sm:flex">
        <Button type="button" variant="secondary" onClick={() => go(index - 1)} disabled={index === 0}>
          ← 上一题
        </Button>
        <Button type="button" variant="secondary" onClick={() => go(index + 1)} disabled={index + 1 >= questions.length}>
          下一题 →
        </Button>
      </div>
      {confirming ? (
        <div className="space-y-2 rounded-xl border border-brand-300 bg-brand-50 p-4" role="group" aria-label="确认交卷">
          <p className="text-stone-800">{unanswered > 0 ? `还有 ${unanswered} 题未作答，` : ""}交卷后不能再修改答案。确定交卷吗？</p>
          <div className="flex gap-2">
            <Button type="button" onClick={() => void handIn()} disabled={submitting}>
              {submitting ? "正在交卷…" : "确定交卷"}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setConfirming(false)} disabled={submitting}>
              继续作答
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" className="w-full sm:w-auto" onClick={() => { flushText(); setConfirming(true); }}>
          交卷
        </Button>
      )}
    </div>
  );
}
