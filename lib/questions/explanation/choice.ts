import { passageCitation } from "../citation";
import { classPostdates, distinctMembersClass, isSelfNamedClass, kinSetOf, sharedVocabularyClass, vocabularyClassMembers, vocabularyClassOf } from "../party-vocabulary";
import { termGloss } from "../term-glosses";
import { type ExplainContext, type KeyList, type KeyPlace, QUANTITY_KEY, evidence, listed, mark, marks, quoted } from "./context";
import { enclosingHeadingList, keyDefinition, optionTaught } from "./key-teaching";
import { numberBeside, numberElsewhere, numberOfAnotherRule, numberStated } from "./numbers";
import { keyKind } from "./option-classes";
import { originPlace } from "./places";

/**
 * 解析 of choice questions (单选, 多选): why the key holds and what each wrong option is and why it is
 * wrong here, said from where each option came from (lexicon, list, term elsewhere, moved number).
 */

/**
 * Why each wrong option is wrong here, from where it came from: siblings of a lexicon class
 * together (同属“党的路线”), then items of other lists, other terms of the course, numbers, each
 * with where it appears; `tail` says the conclusion once (但原文此处是「群众路线」).
 */
function wrongOptions(context: ExplainContext, keys: string[], distractors: string[], key: KeyPlace, tail: string, said?: WrongOptionsSaid): string {
  const year = context.index.documentYear(key.located.module);
  const byClass = new Map<string, string[]>();
  const terms: string[] = [];
  // Options said the same way (moved numbers, numbers or lists of one place) share one clause: 「4天」「6天」与原文数字不符.
  const alike = new Map<string, { members: string[]; say: (many: boolean) => string }>();
  const add = (distractor: string, key: string, say: (many: boolean) => string) => {
    const entry = alike.get(key) ?? { members: [], say };
    entry.members.push(distractor);
    alike.set(key, entry);
  };
  const taught: string[] = [];
  // Options said by what they are (a sentence of the course, a gloss of record, a set they are not of, a list or kin set they are of).
  const taughtOptions: string[] = [];
  // Options one gloss says (改组 and 检查 of one article) share it.
  const glossed = new Map<string, { members: string[]; text: string }>();
  const quotedSentences = new Set<string>();
  for (const distractor of distractors) {
    // What the course itself teaches of the option says best what it is; else its class, list or place.
    const teaching =
      optionTaught(context.index, distractor, keys, key, quotedSentences) ||
      numberStated(context.index, distractor, keys, key, quotedSentences) ||
      numberElsewhere(context.index, distractor, keys, key, quotedSentences);
    if (teaching) {
      taught.push(teaching);
      taughtOptions.push(distractor);
      continue;
    }
    // Not a set named after the document was written (照镜子 in a lecture of 1942 is of no 2013 campaign's 总要求).
    // For a 多选, only a class holding every key: 「政治性」 beside the keys 时代性、引领性、独特性 is of the “四性” with one key
    // alone, which says nothing of the list asked (readers: "calls the distractors wrong because they share a category").
    const shared = keys
      .map((answer) => sharedVocabularyClass(answer, distractor))
      .find((name) => name !== null && !classPostdates(name, year) && keys.every((answer) => vocabularyClassMembers(name).includes(answer)));
    // A lexicon term an authoritative text glosses is said by that gloss (「改组」「检查」：对党组织的问责方式有…): being of
    // the key's class and not the wording here teaches nothing (readers, stop 32). A gloss naming a key is left out.
    const gloss = termGloss(distractor, key.located.passage.text, -1, shared ?? undefined);
    // An option outside the keys' own narrower set (经济建设 of 五位一体 beside the key 政治建设 of 党的建设) is said not
    // to be of it, below: that is what sets it apart here, more than what it is.
    const outsideOwn = shared !== undefined && keys.map(vocabularyClassOf).some((own) => own !== null && own !== shared && !classPostdates(own, year) && !vocabularyClassMembers(own).includes(distractor));
    if (gloss && !outsideOwn && keys.every((answer) => !gloss.gloss.includes(answer))) {
      glossed.set(gloss.term, { members: [...(glossed.get(gloss.term)?.members ?? []), distractor], text: `${gloss.gloss}（${gloss.source}）` });
      taughtOptions.push(distractor);
      continue;
    }
    if (shared) {
      byClass.set(shared, [...(byClass.get(shared) ?? []), distractor]);
      continue;
    }
    // A member of a set of record kin to the keys' (执政考验 beside the 四种危险) is said to be of that set, which is named whole.
    const kin = kinSetOf(distractor, keys);
    if (kin && !classPostdates(kin, year)) {
      add(distractor, `kin:${kin}`, () => `属于${quoted(kin)}（${vocabularyClassMembers(kin).join("、")}）`);
      taughtOptions.push(distractor);
      continue;
    }
    const origin = context.inventory.origins.get(distractor);
    const isCourseNumber = context.inventory.numbers.includes(distractor);
    // A number or quantity whose place in the course is not quoted above is said plainly to differ from the source's:
    // "another number of this part" says nothing of what it is (readers, issue 16).
    if ((/\d/.test(distractor) && !isCourseNumber) || (!origin && QUANTITY_KEY.test(distractor)) || origin?.kind === "number") add(distractor, "moved", () => "与原文数字不符");
    else if (!origin) add(distractor, "unknown", () => "不是原文的说法");
    else if (origin.kind === "list-item") {
      const where = originPlace(context, origin, key);
      const list = origin.label ? `${where}所列${quoted(origin.label)}` : `${where}另一组列举`;
      add(distractor, `list:${list}`, (many) => (many ? `都是${list}中的内容` : `是${list}中的一项`));
      taughtOptions.push(distractor);
    } else terms.push(`${mark(distractor)}（见${originPlace(context, origin, key)}）`);
  }
  const clauses = [...alike.values()].map(({ members, say }) => `${marks(members)}${say(members.length > 1)}`);
  let negated = 0;
  const untaught: string[] = [];
  const classOnly: string[] = [];
  const grouped = [...byClass].map(([name, members]) => {
    // When the keys belong to a narrower set than the one they share with these options (四风 within the
    // tendencies the party opposes), what teaches is that the options are not of it: 「个人主义」不属于“四风”（…）.
    const narrower = keys.map(vocabularyClassOf).find((own): own is string => own !== null && own !== name && !classPostdates(own, year) && members.every((member) => !vocabularyClassMembers(own).includes(member)));
    if (narrower) {
      negated++;
      // Not of the key's narrower set, but of another set of record with it (信息化 beside 农业现代化 in the 四化同步): what
      // the option is beside the key is still unsaid.
      if (!distinctMembersClass(name)) taughtOptions.push(...members);
      return `${marks(members)}不属于${quoted(narrower)}（${quoted(narrower)}是${vocabularyClassMembers(narrower).join("、")}）`;
    }
    // Of the key's own set of record and "not the wording here" alone: nothing says what the option is or why it does
    // not fit. Of a list of examples (监督体系, 党中央的工作部门) the kind is all a 解析 can say (readers took most as usable).
    if (distinctMembersClass(name)) untaught.push(...members);
    classOnly.push(...members);
    const together = marks(keys.filter((answer) => sharedVocabularyClass(answer, members[0]!) === name));
    // A set named by its own members is no kind they are of: they stand side by side in it.
    return isSelfNamedClass(name) ? `${marks(members)}与${together}在${quoted(name)}中并列` : `${marks(members)}与${together}同属${quoted(name)}`;
  });
  if (terms.length) grouped.push(`${terms.join("、")}是课程中另外提到的概念`);
  const all = [...taught, ...[...glossed.values()].map(({ members, text }) => `${marks(members)}：${text}`), ...grouped, ...clauses];
  // Something said of an option beyond "not the source's wording / number" (its own rule, gloss, class, list or place).
  if (said) Object.assign(said, { untaught, taught: taughtOptions, classOnly, dismissed: alike.get("moved")?.members ?? [] });
  if (said) said.teaches = taught.length > 0 || glossed.size > 0 || grouped.length > 0 || [...alike.keys()].some((name) => name.startsWith("list:") || name.startsWith("kin:"));
  // Every option already said not to be of the keys' set: the tail would say it twice.
  if (all.length > 0 && (negated === all.length || tail === "")) return `${all.join("；")}。`;
  if (said && all.length > 0) said.endsOnTail = true;
  return all.length ? `${all.join("；")}，${tail}。` : "";
}

/** What wrongOptions said of the options: whether anything teaches, the options only said to be of the key's set of record, and those said by what they are. */
interface WrongOptionsSaid {
  teaches: boolean;
  untaught?: string[];
  taught?: string[];
  /** Options said only to be of a class they share with the key, of any class (监督体系 as well as 党的建设). */
  classOnly?: string[];
  /** Numbers said only to differ from the source's (与原文数字不符): made up, or what the course says of them not quotable. */
  dismissed?: string[];
  /** The options' clause ends on the tail (都不是原文此处的说法), not on what sets them apart from the keys. */
  endsOnTail?: boolean;
}

/**
 * Whether a 解析 can say what a wrong option is (QUESTIONS.md E): a sentence of the course that teaches it, a gloss of
 * record, a set of record it is not of (「本位主义」不属于“四风”), or a list or kin set of the course it is of. Not an option
 * said only to be of the key's set, another term of the course, or "not the wording here" (issue 16, stop 36).
 */
export function wrongOptionTeachable(context: ExplainContext, answer: string, option: string, key: KeyPlace): boolean {
  const said: WrongOptionsSaid = { teaches: false };
  wrongOptions(context, [answer], [option], key, "", said);
  return (said.taught ?? []).includes(option);
}

/** 单选题 on a key in a sentence. */
export function explainSingleChoice(context: ExplainContext, input: SingleChoiceExplanationInput): string {
  return singleChoiceExplanation(context, input).text;
}

export interface SingleChoiceExplanationInput {
  answer: string;
  distractors: string[];
  key: KeyPlace;
  quoted: string;
  list?: KeyList;
  isNumber: boolean;
}

/**
 * 单选题 on a key in a sentence, and whether its 解析 teaches (QUESTIONS.md E): what the key is (its list, class or the
 * course's definition), a number beside it in the same rule (numberBeside), or something said of a wrong option beyond
 * "不是原文此处的说法 / 与原文数字不符" (its own rule elsewhere, a gloss, a class, a list); where none of these does, the
 * document's other rule of the key's kind (numberOfAnotherRule), to tell the key apart from. A 解析 that is the source
 * sentence and "the others do not match" alone teaches nothing: the question waits in review (BARE_CHOICE_EXPLANATION).
 */
export function singleChoiceExplanation(context: ExplainContext, input: SingleChoiceExplanationInput): { text: string; teaches: boolean; untaughtOptions: string[]; dismissedNumbers: string[]; notHereOnly: boolean } {
  const { answer, key } = input;
  const tail = input.isNumber ? `原文此处是${mark(answer)}` : `都不是原文此处的说法`;
  const sharesClass = input.distractors.some((distractor) => sharedVocabularyClass(answer, distractor) !== null);
  const kind = sharesClass && !input.list ? "" : keyKind(answer, input.list ?? enclosingHeadingList(context.index, key, answer), key.located.passage.text, context.index.documentYear(key.located.module));
  const definition = keyDefinition(context.index, answer, key);
  const besideOwn = input.isNumber ? numberBeside(answer, key, input.quoted) : "";
  const said: WrongOptionsSaid = { teaches: false };
  // A key standing in a list of its own kind (党内监督与群众监督、法律监督、舆论监督) ties the wrong options back to the sentence
  // once: the list is what they are not of (readers, stop 36: "say why it is not the answer here").
  const beside = input.isNumber ? [] : listedBeside(answer, input.quoted);
  const wrong = wrongOptions(context, [answer], input.distractors, key, beside.length ? "" : tail, said);
  const tie = beside.length && wrong ? `原文此处与${marks(beside)}并列的是${mark(answer)}，以上其他选项都不在其中。` : "";
  // Where nothing else teaches, the document's other rule of the key's kind tells the key apart.
  const bare = kind === "" && definition === "" && besideOwn === "" && !said.teaches;
  const other = besideOwn || (bare && input.isNumber ? numberOfAnotherRule(context.index, answer, key) : "");
  return {
    text: `正确答案是${mark(answer)}。${passageCitation(context.index, key.located, key.offset)}原文：${evidence(input.quoted)}。` + kind + definition + other + wrong + tie,
    teaches: !bare || other !== "",
    // Of the key's set of record and "not the wording here" alone; or of any set it shares with the key, unless the others
    // are taught and the sentence's list ties it back (stop 36: 个人主义 beside 好人主义 in …的庸俗哲学和（　）).
    untaughtOptions: tie && (said.taught ?? []).length >= input.distractors.length - 1 ? (said.untaught ?? []) : [...new Set([...(said.untaught ?? []), ...(said.classOnly ?? [])])],
    dismissedNumbers: said.dismissed ?? [],
    // The wrong options' clause ends on the bare conclusion: why they do not fit here is left unsaid (stop 39).
    notHereOnly: !input.isNumber && said.endsOnTail === true,
  };
}

/** What joins two items of one list (、, 和, 与, 及, 以及, 同), as a pattern's alternation. */
const ITEM_JOINTS = "、|以及|和|与|及|同";

const JOINT_AT_END = new RegExp(`(?:${ITEM_JOINTS})$`);

const JOINT_AT_START = new RegExp(`^(?:${ITEM_JOINTS})`);

const JOINT = new RegExp(ITEM_JOINTS);

/** A preposition or verb a list's first item may open its clause with (把党内监督与…, 反对个人主义、…). */
const ITEM_LEAD = /^(?:把|将|对|以|在|由|从|向|同|坚决反对|反对|力戒|克服|防止|加强|接受|坚持|存在|整治|纠治|不搞|破除|杜绝|推进|狠抓)/;

/**
 * The other items of the list the key stands in within its sentence, of the key's own kind (ending as it ends, two
 * characters: 监督, 主义, 建设): 党内监督、群众监督、法律监督 beside 舆论监督. Empty when the key stands in no such list.
 */
export function listedBeside(answer: string, sentence: string): string[] {
  const at = sentence.indexOf(answer);
  if (at < 0 || answer.length < 3) return [];
  const ending = answer.slice(-2);
  const item = (piece: string, fromEnd: boolean): string | null => {
    let text = piece.trim();
    if (fromEnd) {
      text = (text.split(/[，。；：（）“”‘’《》的\s]/).pop() ?? "").replace(ITEM_LEAD, "");
      // A first item run on from the words before it (把党内监督, 仍有形式主义): its end, where that is a term of the key's set.
      if (text.length > answer.length + 1) {
        const tail = [answer.length + 1, answer.length, answer.length - 1].map((length) => text.slice(-length)).find((end) => end !== answer && sharedVocabularyClass(answer, end) !== null);
        text = tail ?? text;
      }
    } else {
      text = text.split(/[，。；：（）“”‘’《》\s]/)[0] ?? "";
      const end = text.indexOf(ending);
      text = end < 0 ? "" : text.slice(0, end + ending.length);
    }
    return text.length >= 3 && text.length <= answer.length + 1 && text.endsWith(ending) && /^[\u4e00-\u9fa5]+$/.test(text) && text !== answer ? text : null;
  };
  const found: string[] = [];
  // Leftwards: each piece before a joint, while it is an item of the key's kind.
  let left = sentence.slice(0, at);
  for (;;) {
    const joint = JOINT_AT_END.exec(left);
    if (!joint) break;
    left = left.slice(0, left.length - joint[0].length);
    // The piece after the last joint (与 of 党内监督与群众监督 is one, as 、 is).
    const piece = (/[\u4e00-\u9fa5]+$/.exec(left)?.[0] ?? "").split(JOINT).pop() ?? "";
    const text = item(piece, true);
    if (!text) break;
    found.unshift(text);
    // A word stood before it (把, 存在的): the list opens here.
    if (text !== piece) break;
    left = left.slice(0, left.length - piece.length);
  }
  // Rightwards.
  let right = sentence.slice(at + answer.length);
  while (true) {
    const joint = JOINT_AT_START.exec(right);
    if (!joint) break;
    right = right.slice(joint[0].length);
    const text = item(right, false);
    if (!text || !right.startsWith(text)) break;
    found.push(text);
    right = right.slice(text.length);
  }
  return [...new Set(found)];
}

/** 多选题 on the members of a list. */
export function explainMultipleChoice(context: ExplainContext, input: { correct: string[]; distractors: string[]; key: KeyPlace; list: KeyList }): string {
  const { list } = input;
  const name = list.label ? `${quoted(list.label)}` : "原句所列内容";
  const where = passageCitation(context.index, input.key.located, input.key.offset);
  const listing = list.label ? `${where}列举的${quoted(list.label)}包括：${listed(list.items)}。` : `${where}原句列举了：${listed(list.items)}。`;
  const inListOrder = [...input.correct].sort((a, b) => list.items.indexOf(a) - list.items.indexOf(b));
  return `正确答案是${marks(inListOrder)}。${listing}${wrongOptions(context, input.correct, input.distractors, input.key, `都不属于${name}`)}`;
}
