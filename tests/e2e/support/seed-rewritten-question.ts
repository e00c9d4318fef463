import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/prisma";
import { publishUpload } from "@/lib/server/uploads/publish-upload";
import { uploadDocument } from "@/lib/server/uploads/upload-document";
import { carefulRewrite, startOpenAiStub } from "../../support/openai-stub";
import type { RewrittenWorld } from "./authz-world";

/** The model name the stub answers as; the rewritten question is stored with it (rewrittenBy). */
export const STUB_MODEL = "e2e-stub-model";
const LLM_ENV = { DANGKE_LLM_MODEL: STUB_MODEL, DANGKE_LLM_MAX_QUESTIONS: "3" } as const;

const FILE_NAME = "机器改写测试材料.md";
// No 群众 in it: tests/e2e/bank.test.ts opens the first 填空题 whose stem holds that word.
const TEXT = `# 党章学习要点

## 一、党的组织原则

党是根据自己的纲领和章程，按照民主集中制组织起来的统一整体。党的最高领导机关，是党的全国代表大会和它所产生的中央委员会。预备党员的预备期为一年，预备期从支部大会通过他为预备党员之日算起。

## 二、党的纪律

党的纪律是党的各级组织和全体党员必须遵守的行为规则，是维护党的团结统一、完成党的任务的保证。党组织对违犯党的纪律的党员，应当本着惩前毖后、治病救人的精神，按照错误性质和情节轻重，给以批评教育、责令检查、诫勉直至纪律处分。
`;

/**
 * A question a language model rewrote, made the way the app makes one (docs/BANK.md, "Machine
 * rewriting"): an instructor's upload to the course is published with the LLM provider pointed at
 * a local stub of an OpenAI-compatible server (tests/support/openai-stub.ts) that answers as a
 * careful model does, so the rewrite passes the generator's checks and is stored as a flagged
 * DRAFT marked with the model. The stub and the settings live only while this runs: the served
 * app has no provider. Run before the server starts, like the rest of the world.
 */
export async function seedRewrittenQuestion(db: Db, uploader: Actor, courseId: string): Promise<RewrittenWorld> {
  const existing = await db.question.findFirst({ where: { rewrittenBy: STUB_MODEL }, orderBy: { id: "asc" } });
  if (existing) return rewrittenWorld(db, existing.id);
  const stub = await startOpenAiStub((user) => ({ content: carefulRewrite(user) }));
  Object.assign(process.env, LLM_ENV, { DANGKE_LLM_BASE_URL: stub.baseUrl });
  try {
    const { documentId } = await uploadDocument(db, uploader, { courseId, fileName: FILE_NAME, bytes: new TextEncoder().encode(TEXT) });
    await publishUpload(db, uploader, documentId);
  } finally {
    for (const name of [...Object.keys(LLM_ENV), "DANGKE_LLM_BASE_URL"]) delete process.env[name];
    await stub.close();
  }
  const rewritten = await db.question.findFirst({ where: { rewrittenBy: STUB_MODEL }, orderBy: { id: "asc" } });
  if (!rewritten) throw new Error(`the stub model's rewrites of ${FILE_NAME} were all refused: no machine-rewritten question to show`);
  return rewrittenWorld(db, rewritten.id);
}

async function rewrittenWorld(db: Db, questionId: string): Promise<RewrittenWorld> {
  const question = await db.question.findUniqueOrThrow({ where: { id: questionId }, select: { id: true, moduleId: true } });
  const plain = await db.question.findFirstOrThrow({ where: { moduleId: question.moduleId, rewrittenBy: null }, orderBy: { id: "asc" }, select: { id: true } });
  return { questionId: question.id, moduleId: question.moduleId ?? "", plainQuestionId: plain.id, model: STUB_MODEL };
}
