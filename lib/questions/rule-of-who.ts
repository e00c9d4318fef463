/**
 * Rules of who decides, convenes, elects, approves, leads or is reported to (由全国代表大会决定, 由中央委员会召集, 报上一级
 * 党的委员会批准, 在…领导下, 向…报告工作). A true 判断 stating such a rule teaches by the contrast a reader asked for (issue
 * 16): the rule is 由全国代表大会决定, not 由中央委员会 — the body a false version would swap in — when the same document
 * gives that other body a rule of its own in the same frame. Pure: sentences in, a contrast out.
 */

import { withoutArticleLead } from "./article-lead";

/** A body of the party or the state, by how its name ends; never a list (或/和/、) nor a clause. */
const BODY = /^[\u4e00-\u9fa5（）]{2,16}?(?:代表大会|委员会|政治局|全体会议|常委会|党委|纪委|党组|党组织|领导小组)$/;
/** Words that make a name no single body, or a phrase around one (根据具体情况, 它的). */
const NOT_ONE_BODY = /[或和、及与]|根据|按照|它的|其|有关|相应|各个/;

export type RuleFrame = "由决定" | "由召集" | "由选举" | "报批准" | "领导下" | "报告工作";

export interface RuleOfWho {
  frame: RuleFrame;
  body: string;
  /** Where the body stands in the text searched. */
  start: number;
  end: number;
  /** What the text rules before the frame (中央委员会委员和候补委员的名额). */
  subject: string;
}

const FRAMES: { frame: RuleFrame; pattern: RegExp }[] = [
  { frame: "由决定", pattern: /由([^，。；：、由]{2,16}?)(?:集体)?决定/g },
  { frame: "由召集", pattern: /由([^，。；：、由]{2,16}?)召集/g },
  { frame: "由选举", pattern: /由([^，。；：、由]{2,16}?)选举(?:产生)?/g },
  { frame: "报批准", pattern: /报(?:经|请)?([^，。；：、报]{2,16}?)(?:审议|审查)?批准/g },
  { frame: "领导下", pattern: /在([^，。；：、在]{2,16}?)(?:直接|统一|集中统一)?领导下/g },
  { frame: "报告工作", pattern: /向([^，。；：、向]{2,16}?)(?:负责并)?报告工作/g },
];

/** How a frame is said with a body in it (由「X」决定). */
export function sayFrame(frame: RuleFrame, body: string): string {
  const named = `「${body}」`;
  switch (frame) {
    case "由决定":
      return `由${named}决定`;
    case "由召集":
      return `由${named}召集`;
    case "由选举":
      return `由${named}选举`;
    case "报批准":
      return `报${named}批准`;
    case "领导下":
      return `在${named}领导下`;
    case "报告工作":
      return `向${named}报告工作`;
  }
}

/** Whether a name is one body of the party or the state. */
export function isBody(name: string): boolean {
  return BODY.test(name) && !NOT_ONE_BODY.test(name);
}

/**
 * The tier a body is named at: central (中央…, 全国…), relative to the ruling body (同级, 上一级, 本级, 地方…), or none.
 * A contrast keeps to one tier: 同级党的委员会 with 上一级党的委员会, 全国代表大会 with 中央委员会.
 */
function tier(body: string): "central" | "relative" | "other" {
  const name = body.replace(/^党的/, "");
  if (/^(?:中央|全国|党中央)/.test(name)) return "central";
  if (/^(?:同级|上一级|上级|下级|本级|地方|基层)/.test(name)) return "relative";
  return "other";
}

/**
 * The kind of a body of no tier (党委, 纪委, 党组, 党员大会…), so two names of one kind (党委, 党的委员会, 召集代表会议的委员会)
 * count as possibly one actor; "generic" for a name that covers every kind (党组织, 上级党组织), which no contrast uses.
 */
function kind(body: string): string {
  if (/(?:纪律检查委员会|纪委)$/.test(body)) return "纪委";
  if (/(?:常务委员会|常委会)$/.test(body)) return "常委会";
  if (/党组$/.test(body)) return "党组";
  if (/(?:党员大会|支部大会)$/.test(body)) return "党员大会";
  if (/代表大会$/.test(body)) return "代表大会";
  if (/全体会议$/.test(body)) return "全体会议";
  if (/政治局$/.test(body)) return "政治局";
  if (/领导小组$/.test(body)) return "领导小组";
  if (/(?:党委|委员会)$/.test(body)) return "委员会";
  return "generic";
}

/** The shortest run of characters two subjects may share and still be two matters (名额和选举办法 shared is one matter). */
const SHARED_MATTER = 4;

/** Whether two subjects share a run of SHARED_MATTER characters: the same matter, perhaps in another case. */
function sameMatter(a: string, b: string): boolean {
  for (let at = 0; at + SHARED_MATTER <= a.length; at++) if (b.includes(a.slice(at, at + SHARED_MATTER))) return true;
  return false;
}

/**
 * Whether two rules are about different matters (no run of SHARED_MATTER characters shared, neither subject inside the
 * other): where two bodies rule on one matter, in two cases or two steps (对党员的处分, 对委员的处分), "not the other"
 * could be false.
 */
function differentMatters(own: RuleOfWho, other: RuleOfWho): boolean {
  return !own.subject.includes(other.subject) && !other.subject.includes(own.subject) && !sameMatter(own.subject, other.subject);
}

/** A body's name without the words of level and place (同级, 上一级, 地方, 党的): 党委 of 本级地方党委常委会. */
function core(body: string): string {
  return body.replace(/^党的/, "").replace(/^(?:同级|本级|这一级|再上一级|上一级|上级|下级)/, "").replace(/^(?:党的)?(?:地方|基层)?(?:各级)?/, "").replace(/^党的/, "");
}

/** How a body of the relative tier stands to the ruling one: 同级 and 上一级 are two actors, 上级 and 上一级 may be one. */
function relation(body: string): string {
  const name = body.replace(/^党的/, "");
  if (/^(?:同级|本级|这一级)/.test(name)) return "same";
  if (/^再上一级/.test(name)) return "up2";
  if (/^(?:上一级|上级)/.test(name)) return "up";
  if (/^下级/.test(name)) return "down";
  // 地方, 基层: a place in the hierarchy, not a level relative to the ruling body.
  return "place";
}

/**
 * Whether the other body is surely another actor than the statement's: neither is a name covering every kind (上级党组织
 * may be the 上级党的委员会: "not the other" could be false), and, within a tier, the two differ in kind (中央委员会,
 * 全国代表大会) or in level (同级党的委员会, 上一级党的委员会), bodies of no tier (党委, 纪委, 党组, 党员大会) in kind
 * (党委 and 党的委员会, or two 委员会, may be one actor); and the two rules are about different matters.
 */
function anotherActor(own: RuleOfWho, other: RuleOfWho): boolean {
  if (kind(own.body) === "generic" || kind(other.body) === "generic" || !differentMatters(own, other)) return false;
  // A body and a part of it at one level, whatever words name them (同级党委, 本级地方党委常委会): the part acts for the whole.
  const [a, b] = [core(own.body), core(other.body)];
  if (relation(own.body) === relation(other.body) && (a.includes(b) || b.includes(a))) return false;
  if (tier(own.body) === "other") return kind(own.body) !== kind(other.body);
  // 基层委员会 beside 上级党的委员会 is no pair a learner confuses, and 基层 may be the level above a 支部.
  if (tier(own.body) === "relative" && (relation(own.body) === "place" || relation(other.body) === "place")) return false;
  return kind(own.body) !== kind(other.body) || relation(own.body) !== relation(other.body);
}

/**
 * Frames whose subject is the one who acts (巡视组在…领导下, 党的各级委员会向…报告工作): one body may answer to several
 * (地方委员会 report to their congress and to the committee above), so "not the other" could be false. Not contrasted.
 */
const ACTOR_FRAMES: ReadonlySet<RuleFrame> = new Set(["领导下", "报告工作"]);

/** Whether a text names a body itself, not only as the start of a longer name (中央委员会委员, 全国代表大会代表). */
function namesBody(text: string, body: string): boolean {
  for (let at = text.indexOf(body); at >= 0; at = text.indexOf(body, at + 1)) {
    if (!/^[委代常全]/.test(text.slice(at + body.length))) return true;
  }
  return false;
}

/** The rules of who a sentence states, in order. */
export function rulesOfWho(sentence: string): RuleOfWho[] {
  const found: RuleOfWho[] = [];
  for (const { frame, pattern } of FRAMES) {
    for (const match of sentence.matchAll(pattern)) {
      const body = match[1]!;
      if (!isBody(body)) continue;
      const start = match.index! + match[0].indexOf(body);
      const subject = withoutArticleLead(sentence.slice(0, match.index!).split(/[。；]/).pop()!.trim()).replace(/[，,]\s*$/, "").trim();
      found.push({ frame, body, start, end: start + body.length, subject });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export interface RuleContrast {
  /** The statement's rule. */
  own: RuleOfWho;
  /** The other body and the rule the document gives it in the same frame. */
  other: RuleOfWho;
  /** The sentence of the document holding the other body's rule. */
  sentence: string;
  /** Where that sentence stands, for its 出处. */
  place: number;
}

/**
 * The contrast of a true statement's rule of who with the document's rule of another body in the same frame and tier
 * (由全国代表大会决定 beside 全国代表大会代表的名额和选举办法，由中央委员会决定): the other body is neither in the statement
 * nor part of the statement's body (中央委员会全体会议 is no other body than 中央委员会), and its rule is another rule —
 * its sentence does not give the statement's body the same role. Bodies of no tier (党委, 纪委, 党组, 党员大会) are told
 * apart only from another of no tier, of another kind, and every contrast keeps to rules on different matters (anotherActor). `sentences` are the document's other sentences, each
 * with a place the caller cites it by. Null when the document gives no other body such a rule.
 */
export function ruleContrast(statement: string, sentences: { text: string; place: number }[]): RuleContrast | null {
  const stated = rulesOfWho(statement);
  // A statement of two rules (由同级党的委员会决定，并报上一级党的委员会批准) already names a second body: "not the other"
  // would blur what each does.
  if (stated.length !== 1) return null;
  for (const own of stated) {
    if (ACTOR_FRAMES.has(own.frame)) continue;
    for (const sentence of sentences) {
      if (sentence.text.includes(statement.replace(/[。；]$/, ""))) continue;
      const rules = rulesOfWho(sentence.text);
      // The other sentence giving the statement's own body the same role is the same rule said again.
      if (rules.some((rule) => rule.frame === own.frame && rule.body === own.body)) continue;
      const other = rules.find(
        (rule) =>
          rule.frame === own.frame &&
          tier(rule.body) === tier(own.body) &&
          !namesBody(statement, rule.body) &&
          !own.body.includes(rule.body) &&
          !rule.body.includes(own.body) &&
          rule.subject.length >= 2 &&
          rule.subject !== own.subject &&
          anotherActor(own, rule),
      );
      if (other) return { own, other, sentence: sentence.text, place: sentence.place };
    }
  }
  return null;
}
