import type { ImportPreview, PreviewQuestion } from "@/lib/server/bank-import/preview-question-import";
import { answerWords, correctOptionKeys, IMPORT_PREVIEW_WORDS } from "@/lib/questions/types";
import { QUESTION_TYPE_LABELS } from "./labels";

type Row = {
  row: number;
  place: string;
  stem: string;
  verdict: string;
  tone: "ok" | "bad" | "same";
  question?: PreviewQuestion;
  reasons?: string[];
  source?: string;
};

const TONES = { ok: "text-green-700", bad: "text-brand-700", same: "text-stone-500" };

/** Where a row came from: its spreadsheet row, or the lines of a text-layout bank. */
function placeOf(row: { row: number; lines?: { first: number; last: number } }): string {
  if (!row.lines) return `第 ${row.row} 行`;
  return row.lines.first === row.lines.last ? `第 ${row.lines.first} 行` : `第 ${row.lines.first}–${row.lines.last} 行`;
}

/** Every row of an import preview: to import (a text-layout question shown as it will be stored), refused with reasons and its text, or a duplicate. */
export function QuestionImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const rows: Row[] = [
    ...preview.valid.map((row): Row => ({ row: row.row, place: placeOf(row), stem: row.stem, verdict: `可导入（${QUESTION_TYPE_LABELS[row.type]}）`, tone: "ok", question: row.lines ? row.question : undefined })),
    ...preview.rejected.map((row): Row => ({ row: row.row, place: placeOf(row), stem: row.stem, verdict: "有误", tone: "bad", reasons: row.reasons, source: row.source })),
    ...preview.duplicates.map((row): Row => ({ row: row.row, place: placeOf(row), stem: row.stem, verdict: row.existingId ? "题库中已有" : `与第 ${row.sameAsRow} 行相同`, tone: "same" })),
  ].sort((a, b) => a.row - b.row);
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">每一道题的检查结果</caption>
        <thead className="bg-stone-50">
          <tr>
            <th scope="col" className="px-2 py-2 whitespace-nowrap">位置</th>
            <th scope="col" className="px-2 py-2">题目</th>
            <th scope="col" className="px-2 py-2">结果</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map((row) => (
            <tr key={row.row} data-testid={row.tone === "bad" ? "rejected-row" : row.tone === "same" ? "duplicate-row" : "valid-row"}>
              <td className="px-2 py-2 align-top whitespace-nowrap">{row.place}</td>
              <td className="px-2 py-2 align-top break-all">
                {row.question ? <StoredQuestion question={row.question} /> : row.stem.length > 40 ? `${row.stem.slice(0, 40)}…` : row.stem || "（空）"}
                {row.source ? <pre className="mt-1 whitespace-pre-wrap rounded bg-stone-50 p-2 font-sans text-xs text-stone-600">{row.source}</pre> : null}
              </td>
              <td className={`px-2 py-2 align-top ${TONES[row.tone]}`}>
                {row.verdict}
                {row.reasons ? (
                  <ul className="list-disc pl-4">
                    {row.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A question as it will be stored: stem, options with the keys marked, answer and 解析. */
function StoredQuestion({ question }: { question: PreviewQuestion }) {
  const keys = correctOptionKeys(question);
  return (
    <div className="space-y-1">
      <p>{question.stem}</p>
      {question.options.length > 0 ? (
        <ul className="space-y-0.5">
          {question.options.map((option) => (
            <li key={option.key} className={keys.includes(option.key) ? "font-medium text-green-700" : undefined}>
              {option.key}. {option.text}
              {keys.includes(option.key) ? <span className="sr-only">（正确答案）</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-stone-600">答案：{answerWords(question, IMPORT_PREVIEW_WORDS)}</p>
      {question.explanation ? <p className="text-stone-500">解析：{question.explanation}</p> : null}
      <p className="text-stone-500">单元：{question.module}</p>
    </div>
  );
}

/** Text of a text-layout bank outside any question: listed so nothing disappears unseen. */
export function SkippedTextList({ skipped }: { skipped: ImportPreview["skipped"] }) {
  if (skipped.length === 0) return null;
  return (
    <details className="rounded-lg border border-stone-200 p-3 text-sm" data-testid="skipped-text">
      <summary className="cursor-pointer text-stone-700">{skipped.length} 段文字不属于任何题目（标题、章节名等），不会导入</summary>
      <ul className="mt-2 space-y-1">
        {skipped.map((part) => (
          <li key={part.lines.first} className="break-all text-stone-600">
            {placeOf({ row: part.lines.first, lines: part.lines })}：{part.text.length > 80 ? `${part.text.slice(0, 80)}…` : part.text}
          </li>
        ))}
      </ul>
    </details>
  );
}
