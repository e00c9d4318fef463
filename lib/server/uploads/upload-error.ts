import "server-only";
/** An upload refused for a reason shown to the uploader (Chinese), beside the content pipeline's ContentError. */
export class UploadError extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage);
    this.name = "UploadError";
  }
}
