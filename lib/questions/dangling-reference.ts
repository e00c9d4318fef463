/**
 * Whether a stem leans on text the question does not show — one rule for the generator's confidence
 * score (lib/questions/confidence.ts) and bank:eval's dangling signal (eval/signals.ts).
 */
const QUOTED_STATEMENT = /[：:]\s*“(.+)”\s*$/su;
const LEADING_NUMBERING = /^\s*(?:第[一二三四五六七八九十百零〇两\d]+[条章节款项]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．])\s*/u;
const LEADING_CONNECTIVE = /^(?:同时|因此|所以|但是|但|而且|并且|另外|总之|可见|对此|为此)[，,]?/u;
// 随后开展土地改革, 此后, 接着: a sequel of an event the sentence before told.
const DANGLING_SEQUEL = /^(?:随后|此后|其后|之后|然后|后来|紧接着|接着)/u;
// 在这方面, 在这一点上, 从这个意义上, 就此问题: an opening frame whose 这/此 points at what the text said before (stop 30).
const DANGLING_FRAME = /^(?:在|从|就|对)(?:这|此|这一|这个)(?:方面|一点|点上|问题上|意义上|角度|层面)/u;
// 再看“…”, 再如, 又如, 反观: the next of points or examples the text began before the stem.
const DANGLING_CONTINUATION = /^(?:再看|再如|又如|再比如|反观)/u;
// 习近平文化思想则是…, 党团对于普通党员则不必…: a contrastive 则 in the first clause sets its subject against one the
// text named before (not 原则, 规则, 以身作则 …, nor the 则 of a condition after its comma).
const DANGLING_CONTRAST = /^[^，,；;：:。“”]{2,16}(?<![原规准法细总守否实章作])则(?:是|为|不|要|更|在于|主要|强调|侧重)/u;
// 时代背景：…, 核心认识：…, 实践要求：…: a note's inline heading of a kind of remark (not of a thing: 支部委员会：每月…)
// left before its sentence, which speaks of what the note's topic is without naming it.
const NOTE_REMARK_HEADING = /^\p{Script=Han}{0,6}(?:背景|认识|理解|收获|体会|感悟|启示|思考|要求|意义|证明|起点|原则)[：:](?!\s*“)/u;
// 此外/其次/其他/其实 … are words of their own, not references.
const DANGLING_REFERENCE = /^(?:上述|这|该|其|此)(?![外次他它实后前余])\p{Script=Han}/u;
// 该地区, 上述问题, 这一原则 inside the statement: dangling unless the noun was named before it (因此, 应该, 长此以往
// and 这个工程、那个工程 are no references). A signal, not a verdict: 人民这个概念 still counts.
const INNER_REFERENCE = /(?<![因由如彼从应活长])(?:上述|这些|这个|这一|这种|这类|这样的|该|此)(?![外次后前])(\p{Script=Han}{2})(?![、，]那)/gu;
// 有下列情形之一 with the list left out of the question; also counted points (必须做到以下三点, 如下几个方面, 以下两条).
const FORWARD_REFERENCE = /(?:下列|以下|如下)(?:(?:[一二两三四五六七八九十几\d]+(?:个|条|项|种)?)?(?:情形|问题|方式|规定|内容|事项|条件|职责|行为|情况|方面)|[一二两三四五六七八九十几\d]+(?:点|条|项|个方面))/u;

// 常见的违规行为包括：…, 主要内容包括：…, 主要是：…: the kind or whole it lists was named before the stem begins
// (violations of what, the contents of which rule).
const DANGLING_HEAD = /^(?:常见的?|主要的?|具体的?)\p{Script=Han}{0,6}(?:包括|是|有|为)[：:]/u;

// 对于其中的共产党员: 其中 points into a group the sentence before named.
const DANGLING_AMONG = /^(?:对于?|在|从)?其中的/u;
// 《汇编》收录…, 依照《规定》…: a document called by its kind alone was named in full before the stem begins.
const SHORT_TITLE = /《(?:汇编|选编|文选|条例|规定|准则|决定|决议|意见|办法|通知|规则|细则|纲要|报告)》/u;

// 本条例, 本规定 … left in a stem because the document's title is of another kind (a 规定 whose file carries a 条例
// after it; a study note quoting an article): "this regulation" points at no document the learner is shown.
// (Not 根本规定, 基本规定.)
const OWN_DOCUMENT_LEFT = /(?<![根基])本(?:条例|准则|细则|规定|办法|意见|决定|规则|章程)/u;

// 这条______, 该______: the blank is the noun of a demonstrative, so the text named it before the stem begins.
const DEMONSTRATIVE_BLANK = /(?:这|那|该|此)(?:一|条|个|种|项|些)?(?:_{2,}|（　）)/u;

/** The statement a stem asks about: a quoted sentence after its prompt, without leading numbering. */
export function statementOf(stem: string): string {
  const quoted = QUOTED_STATEMENT.exec(stem);
  return (quoted ? quoted[1]! : stem).replace(LEADING_NUMBERING, "").replace(LEADING_CONNECTIVE, "");
}

/**
 * A statement that leans on text the question does not show: it opens with 这/该/其/上述/此 and a
 * word (or 对于其中的, or a sequel's 随后/此后, a next point's 再看/又如, a contrastive 则, a note's 时代背景：), names 该地区 or 上述问题 whose noun it never named before, blanks the noun of a
 * demonstrative (坚持这条______), calls a document by its kind alone (《汇编》), points to 下列情形
 * it leaves out, opens on a list of a kind named before it (常见的违规行为包括：…), or says 本条例 of a document
 * whose title is of another kind.
 */
export function hasDanglingReference(stem: string): boolean {
  const statement = statementOf(stem);
  if (DANGLING_REFERENCE.test(statement) || DANGLING_SEQUEL.test(statement) || DANGLING_CONTINUATION.test(statement) || DANGLING_CONTRAST.test(statement) || NOTE_REMARK_HEADING.test(statement) || DANGLING_FRAME.test(statement) || DANGLING_HEAD.test(statement) || DEMONSTRATIVE_BLANK.test(statement) || DANGLING_AMONG.test(statement) || SHORT_TITLE.test(statement) || OWN_DOCUMENT_LEFT.test(statement)) return true;
  if (FORWARD_REFERENCE.test(statement) && !/[：:]\s*\S/u.test(statement)) return true;
  for (const match of statement.matchAll(INNER_REFERENCE)) {
    if (!statement.slice(0, match.index).includes(match[1]!)) return true;
  }
  return false;
}
