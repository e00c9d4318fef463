import { ANKI_BACK_WORDS, answerWords } from "../types";
import type { BankQuestion } from "./bank-question";
import { TYPE_LABELS } from "./type-labels";

/** A field of an HTML note: escaped, line breaks as <br>, no tabs (the separator). */
function field(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\t/g, " ")
    .replace(/\r?\n/g, "<br>");
}

function front(question: BankQuestion): string {
  const lines = [`【${TYPE_LABELS[question.type][0]}】${question.stem}`, ...question.options.map((option) => `${option.key}. ${option.text}`)];
  return lines.map(field).join("<br>");
}

/** The key in words, one option or blank a line (lib/questions/types: ANKI_BACK_WORDS), then the 解析. */
function back(question: BankQuestion): string {
  const answer = answerWords(question, ANKI_BACK_WORDS);
  return [field(answer), ...(question.explanation ? [`<br><small>解析：${field(question.explanation)}</small>`] : [])].join("");
}

/** A tag per module: Anki tags have no spaces. */
function tag(module: string | null): string {
  return module ? module.replace(/\s+/g, "_") : "";
}

/**
 * An Anki text import (File → Import): one note per line, front and back separated by a tab,
 * the module as a tag; the headers tell Anki the separator, that fields are HTML and the tag column.
 */
export function questionsToAnki(questions: readonly BankQuestion[]): string {
  const header = ["#separator:tab", "#html:true", "#tags column:3"];
  return `${[...header, ...questions.map((question) => [front(question), back(question), tag(question.module)].join("\t"))].join("\n")}\n`;
}
