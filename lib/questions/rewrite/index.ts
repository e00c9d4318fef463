/** The optional LLM rewrite of generated questions: prompt, validation against the same gate, the bank pass. No network here: the caller passes the model. */
export { applyRewrite, parseRewriteAnswer, rewriteAnswerSchema, MACHINE_REWRITTEN, type RewriteAnswer, type RewriteRefusal, type RewriteResult } from "./apply-rewrite";
export { buildRewritePrompt, keyTexts, rewriteSource, stemRewritable, type ChatMessage, type RewriteSource } from "./rewrite-prompt";
export { rewriteQuestionBank, type RewriteBankOptions, type RewriteBankOutcome } from "./rewrite-question-bank";
