import { buttonClasses } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { ORGANISATION_MAX } from "@/lib/validation/paper";

const DOCUMENTS = [
  { value: "paper", label: "试卷" },
  { value: "answer-sheet", label: "答题卡" },
  { value: "key", label: "答案与解析" },
];
const VARIANTS = [
  { value: "A", label: "A 卷" },
  { value: "B", label: "B 卷" },
];

/**
 * Downloads of the quiz as a printed paper: a plain GET form to the paper route (no JavaScript),
 * the two buttons choosing Word or PDF.
 */
export function PaperDownloadForm({ quizId }: { quizId: string }) {
  return (
    <form method="get" action={`/quizzes/${quizId}/paper`} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label="文件" name="document" options={DOCUMENTS} defaultValue="paper" />
        <SelectField label="卷别" name="variant" options={VARIANTS} defaultValue="A" />
        <TextField label="单位（印在标题下）" name="organisation" maxLength={ORGANISATION_MAX} placeholder="如：第一党支部" />
      </div>
      <p className="text-sm text-stone-600">
        A、B 卷题目相同，题目和选项的顺序不同。Word 试卷最后一页是参考答案（可再导入题库）；PDF 试卷不含答案，用于打印。
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="format" value="docx" className={buttonClasses("secondary")}>
          下载 Word
        </button>
        <button type="submit" name="format" value="pdf" className={buttonClasses("secondary")}>
          下载 PDF
        </button>
      </div>
    </form>
  );
}
