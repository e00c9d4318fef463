import { z } from "zod";

const PAPER_FORMATS = ["docx", "pdf"] as const;
const PAPER_DOCUMENTS = ["paper", "answer-sheet", "key"] as const;
export const ORGANISATION_MAX = 40;

/** What a paper download asks for (the quiz page's form, the route's query, the command line). */
export const paperExportSchema = z.object({
  format: z.enum(PAPER_FORMATS, { error: "格式应为 docx（Word）或 pdf" }),
  variant: z.enum(["A", "B"], { error: "试卷应为 A 卷或 B 卷" }).default("A"),
  document: z.enum(PAPER_DOCUMENTS, { error: "应选择试卷、答题卡或答案与解析" }).default("paper"),
  organisation: z
    .string()
    .trim()
    .max(ORGANISATION_MAX, { error: `单位名称不能超过 ${ORGANISATION_MAX} 个字` })
    .refine((text) => !/[\u0000-\u001f\u007f]/.test(text), { error: "单位名称中有无法打印的字符" })
    .default(""),
});

export type PaperExportRequest = z.infer<typeof paperExportSchema>;
