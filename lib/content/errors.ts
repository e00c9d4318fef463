/** Errors an uploader can hit. `userMessage` is shown to users (Chinese); `message` goes to logs. */

export type ContentErrorCode =
  | "empty-file"
  | "file-too-large"
  | "binary-file"
  | "unsupported-type"
  | "pdf-without-text"
  | "unreadable-document"
  | "archive-too-large"
  | "no-text";

export class ContentError extends Error {
  readonly code: ContentErrorCode;
  readonly userMessage: string;

  constructor(code: ContentErrorCode, message: string, userMessage: string) {
    super(message);
    this.name = "ContentError";
    this.code = code;
    this.userMessage = userMessage;
  }
}

export function emptyFileError(fileName: string): ContentError {
  return new ContentError("empty-file", `${fileName} is empty`, `文件“${fileName}”是空的，请选择有内容的文件。`);
}

export function fileTooLargeError(fileName: string, size: number, limit: number): ContentError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new ContentError(
    "file-too-large",
    `${fileName} has ${size} bytes, over the limit of ${limit}`,
    `文件“${fileName}”大小为 ${mb(size)} MB，超过了 ${mb(limit)} MB 的上限。`,
  );
}

export function binaryFileError(fileName: string): ContentError {
  return new ContentError(
    "binary-file",
    `${fileName} looks like a binary file`,
    `文件“${fileName}”不是文本文件，无法读取。请上传 TXT、Markdown、Word（.docx）或 PDF 文件。`,
  );
}

export function unsupportedTypeError(fileName: string, kind: string): ContentError {
  return new ContentError(
    "unsupported-type",
    `${fileName} has an unsupported type (${kind})`,
    `不支持文件“${fileName}”的格式。请上传 TXT、Markdown、Word（.docx）或 PDF 文件。`,
  );
}

export function pdfWithoutTextError(fileName: string): ContentError {
  return new ContentError(
    "pdf-without-text",
    `${fileName} has no text layer`,
    `PDF 文件“${fileName}”中没有可提取的文字（可能是扫描件）。请上传带文字层的 PDF，或先进行文字识别。`,
  );
}

export function unreadableDocumentError(fileName: string, cause: unknown): ContentError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new ContentError(
    "unreadable-document",
    `${fileName} could not be read: ${detail}`,
    `文件“${fileName}”已损坏或格式不正确，无法读取。`,
  );
}

/** A zip archive (.docx) that would inflate to too much, or hold too many entries: a zip bomb. */
export function archiveTooLargeError(fileName: string, detail: string): ContentError {
  return new ContentError(
    "archive-too-large",
    `${fileName} refused before inflating: ${detail}`,
    `文件“${fileName}”解压后过大或内部文件过多（可能是恶意构造的压缩文件），已拒绝读取。请检查文件后重新上传。`,
  );
}

export function noTextError(fileName: string): ContentError {
  return new ContentError(
    "no-text",
    `${fileName} contains no recognisable Chinese text`,
    `文件“${fileName}”中没有识别到可用的中文正文。`,
  );
}
