import type { BankQuestion } from "./bank-question";
import { questionsToAnki } from "./write-anki";
import { questionsToGift } from "./write-gift";
import { questionsToMoodleXml } from "./write-moodle-xml";
import { questionsToCsv, questionsToXlsx } from "./write-table";

export const EXPORT_FORMATS = ["json", "xlsx", "csv", "gift", "moodle-xml", "anki"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_INFO: Record<ExportFormat, { label: string; extension: string; contentType: string }> = {
  xlsx: { label: "Excel", extension: "xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  csv: { label: "CSV", extension: "csv", contentType: "text/csv; charset=utf-8" },
  json: { label: "JSON", extension: "json", contentType: "application/json; charset=utf-8" },
  gift: { label: "Moodle GIFT", extension: "gift.txt", contentType: "text/plain; charset=utf-8" },
  "moodle-xml": { label: "Moodle XML", extension: "xml", contentType: "application/xml; charset=utf-8" },
  anki: { label: "Anki", extension: "anki.txt", contentType: "text/plain; charset=utf-8" },
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The questions in one format, as the bytes of a file. `course` names the Moodle category. */
export async function serializeQuestions(format: ExportFormat, questions: readonly BankQuestion[], options: { course?: string } = {}): Promise<Uint8Array> {
  const text = (body: string) => new TextEncoder().encode(body);
  switch (format) {
    case "xlsx":
      return questionsToXlsx(questions);
    case "csv":
      return text(questionsToCsv(questions));
    case "json":
      return text(`${JSON.stringify(questions, null, 2)}\n`);
    case "gift":
      return text(questionsToGift(questions, options.course));
    case "moodle-xml":
      return text(questionsToMoodleXml(questions, options.course));
    case "anki":
      return text(questionsToAnki(questions));
  }
}
