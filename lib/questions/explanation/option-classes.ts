import { type VocabularyClass, classPostdates, countedClassNamed, isSelfNamedClass, recordedClassNamed, statedMembers, vocabularyClassClaim, vocabularyClassMembers } from "../party-vocabulary";
import { type KeyList, listed, mark, quoted } from "./context";

/**
 * Classes of options: what kind of thing a key is (a member of a counted or ordinal set, a class of the
 * party vocabulary) and which siblings of its class a 解析 may name.
 */

/** What a key is: an item of its list, or a member of the lexicon class its passage (`context`) speaks of (vocabularyClassClaim). */
export function keyKind(key: string, list: KeyList | undefined, context: string, year: number | null = null): string {
  return keyKindSaid(key, list, context, year).text;
}

/**
 * keyKind, and whether the key's class is no counted set (classOnly). A counted set or a set of record (四风, 四个意识,
 * 政治三力) is what a learner must know: it is written with its members (「专业化」是“四化”之一（革命化、年轻化、知识化、
 * 专业化）), never as a bare tag. An uncounted class (党的指导思想, 党的组织原则和制度, 监督体系) is the lexicon's list of
 * examples, a shelf the key is filed on: a tag naming it (「毛泽东思想」属于“党的指导思想”) tells the learner a class name
 * and nothing about it (strict readers, stop 40: the most frequent E failure), so it is dropped and the text is empty.
 */
export function keyKindSaid(key: string, list: KeyList | undefined, context: string, year: number | null = null, quotedText: string = context): { text: string; classOnly: boolean; setShown?: boolean } {
  if (list && list.items.length > 1) {
    return { text: list.label ? `${mark(key)}是${quoted(list.label)}所列的一项（${listed(list.items)}）。` : `${mark(key)}是原句列举的一项（${listed(list.items)}）。`, classOnly: false };
  }
  const named = setHolds(key);
  if (named) return { text: named, classOnly: false };
  const name = vocabularyClassClaim(key, context);
  // A set named by its own members (自我净化、自我完善、…) is no kind the key is of: the claim would be circular.
  if (!name || isSelfNamedClass(name)) return { text: "", classOnly: false };
  // A set named after the document was written (四风 in a lecture of 1942) is not what its words mean there.
  if (classPostdates(name, year)) return { text: "", classOnly: false };
  const counted = countedClassOf(name);
  if (!counted) return { text: "", classOnly: true };
  const holds = countedSetHolds(name, key, quotedText);
  if (holds) return { text: `${mark(key)}属于${quoted(name)}${holds}。`, classOnly: false };
  // setShown: the sentence shows every member (or they are only the set's name counted off). Members that are only the
  // name counted off say nothing the name does not: the set is named alone and the 填空 may wait in review (SET_NAME_ONLY).
  if (ordinalMembers(counted.members)) return { text: `${mark(key)}属于${quoted(name)}。`, classOnly: false, setShown: true };
  return { text: `${mark(key)}是${quoted(name)}之一（${membersListed(counted)}${counted.ofRecord === "chief" ? "等" : ""}）。`, classOnly: false, setShown: true };
}

/** A set's members as a 解析 states them; members that hold a 、 of their own (两个维护) are told apart by semicolons. */
function membersListed(entry: VocabularyClass): string {
  const members = statedMembers(entry);
  return members.join(members.some((member) => /[、，]/.test(member)) ? "；" : "、");
}

/**
 * What a counted set the key is of holds, when the text the 解析 quotes (`context`: the stem's sentence where the 解析
 * quotes only it) does not list the rest already: 「享乐主义」属于“四风”，“四风”指形式主义、官僚主义、享乐主义、奢靡之风. A
 * counted name (四风, “两个责任”, “四性”) promises every member, so naming them teaches the set, and so does a set of
 * record that opens on no count (政治三力; 思维能力 by its chief members: “思维能力”包括…等; readers, stop 35: "a bare
 * label without naming the three"). A name that is not counted (党的纪律, 党内法规) is the lexicon's list of
 * examples, never given as the whole. Empty otherwise.
 */
function countedSetHolds(name: string, key: string, context: string): string {
  const entry = countedClassOf(name);
  if (!entry) return "";
  const members = statedMembers(entry);
  // A member the set now states otherwise (全面建成小康社会 of “四个全面”, 全面建设社会主义现代化国家 since 2020) is listed
  // with the set's present members though the passage holds them all: the bare claim is out of date (readers, stop 33).
  const restated = members[entry.members.indexOf(key)] !== undefined && members[entry.members.indexOf(key)] !== key;
  if (!restated && entry.members.every((member) => member === key || context.includes(member))) return "";
  // Members named only as the first, second… of the set (第一个百年奋斗目标、第二个百年奋斗目标; 第一种形态…) say nothing a
  // learner does not read off the set's name: listing them is circular (readers, stop 36).
  if (ordinalMembers(entry.members)) return "";
  const joined = members.join(members.some((member) => /[、，]/.test(member)) ? "；" : "、");
  return entry.ofRecord === "chief" ? `，${quoted(name)}包括${joined}等` : `，${quoted(name)}指${joined}`;
}

/** Whether a class a key is claimed of is a counted set whose members are only its name counted off (ordinalMembers). */
export function ordinalSetOf(name: string | null): boolean {
  const entry = name ? countedClassOf(name) : undefined;
  return entry !== undefined && ordinalMembers(entry.members);
}

/** Whether a set's members are its name's head counted off (第一个百年奋斗目标、第二个百年奋斗目标; 第一种形态、…、第四种形态). */
export function ordinalMembers(members: readonly string[]): boolean {
  const heads = members.map((member) => /^第[一二三四五六七八九十]+[个种项条类次]?(.{2,})$/.exec(member)?.[1]);
  return members.length >= 2 && heads.every((head) => head !== undefined && head === heads[0]);
}

/**
 * The counted set a class name is, bare or inside a longer name (党风廉政建设的“两个责任”), or a set of record that opens
 * on no count (政治三力); undefined for a class that is a list of examples.
 */
function countedClassOf(name: string) {
  return countedClassNamed(name) ?? countedClassNamed(/“([^”]+)”/.exec(name)?.[1] ?? "") ?? recordedClassNamed(name) ?? undefined;
}

/** What a counted set a key names holds (「四个全面」指…): the key is the set, its members are what a learner must know. */
export function setHolds(key: string): string {
  const named = countedClassNamed(key);
  if (!named) return "";
  const members = statedMembers(named);
  // Members that hold a 、 of their own (两个维护) are told apart by semicolons.
  return `${mark(key)}指${members.join(members.some((member) => /[、，]/.test(member)) ? "；" : "、")}。`;
}

/** More members besides the key than a class a learner learns by its members has: a shelf, not a set. */
const MAX_SET_SIBLINGS = 6;

/** The members of a class other than the key and the words the key holds. */
function classSiblings(name: string, key: string): readonly string[] {
  return vocabularyClassMembers(name).filter((member) => member !== key && !key.includes(member));
}

/**
 * What an uncounted class the key is of says once its other members are named (「战略思维」属于“思维能力”，同属“思维能力”的
 * 还有历史思维、辩证思维…等): the name alone does not teach what the class is (readers, stop 35; stop 40), its members as
 * the lexicon lists them do, closing on 等 as a list of examples. Empty for a counted set, for a class of fewer than two or
 * more than MAX_SET_SIBLINGS other members (a shelf: 党内法规, the regulations by name), and where the sentence shows them all.
 */
export function classSiblingsSaid(name: string | null, key: string, sentence: string): string {
  if (!name || countedClassOf(name)) return "";
  const others = classSiblings(name, key);
  if (others.length < 2 || others.length > MAX_SET_SIBLINGS || others.every((member) => sentence.includes(member))) return "";
  return `${mark(key)}属于${quoted(name)}，同属${quoted(name)}的还有${others.join("、")}等。`;
}

/**
 * A class whose other members the stem lists beside the blank (谈话函询、______、暂存待查、予以了结等方式 of “问题线索处置方式”):
 * naming the class only says what the stem shows (readers, issue 16: "a tag the stem already states").
 */
export function membersShown(name: string, key: string, shown: string): boolean {
  // A counted set's name (四个意识 beside 政治意识、大局意识、______、看齐意识) is what a learner must know: it teaches.
  if (countedClassOf(name)) return false;
  const members = vocabularyClassMembers(name);
  const others = members.filter((member) => member !== key);
  if (others.length < 2 || !others.every((member) => shown.includes(member))) return false;
  // The stem names the kind itself after the list (…等方式处置, …4类方式): the class is a label of what the stem says. A set
  // whose kind word stands only inside its members (人民代表大会制度、…以及______ of “基本政治制度”) is named nowhere: it teaches.
  const kind = name.replace(/[“”]/g, "").slice(-2);
  return new RegExp(`(?:等|[\\d一二三四五六七八九十]+[类种])${kind}`).test(shown);
}

/**
 * A class named by what the party does to its members (党内要反对的作风和思想倾向) under a stem that does it to the key
 * (我们一定要反对______和宗派主义): the class only says the stem again (readers, issue 16: "circular").
 */
export function actNamedIn(name: string, shown: string): boolean {
  const act = /要(\p{Script=Han}{2})的/u.exec(name)?.[1];
  return act !== undefined && shown.includes(act);
}

/** A counted set the sentence shows whole and named: every member stands in it, and the name's words (一体推进 of “一体推进三不腐”). */
export function countedSetEvident(name: string, sentence: string): boolean {
  // Only a name that opens on its count: a set of record named otherwise (党史学习教育的目标要求 beside 党史学习教育) is not
  // said by the words of its name the sentence holds.
  const entry = countedClassNamed(name) ?? countedClassNamed(/“([^”]+)”/.exec(name)?.[1] ?? "");
  if (!entry || !entry.members.every((member) => sentence.includes(member))) return false;
  // A set named in quotation marks (群团组织的“三性”) is said only by that name: 群团组织 alone does not name it.
  const core = /“([^”]+)”/.exec(name)?.[1];
  if (core !== undefined) return sentence.includes(core);
  const bare = name;
  for (let at = 0; at + 4 <= bare.length; at++) if (sentence.includes(bare.slice(at, at + 4))) return true;
  return false;
}

/** A class's head word: its name without quotation marks, 党的 and a generic ending (的内容, 方式, 体系). */
function classHead(name: string): string {
  return name.replace(/[“”‘’]/g, "").replace(/^(?:我们)?党的/, "").replace(/(?:的内容|的主要内容|方式|体系|的类型|的种类)$/, "");
}

/**
 * Whether a text names a class: its head whole (思想路线, 群众路线, 组织生活 in 组织生活会), or a short head's last two
 * characters (建设 of “党的建设” in 作风建设, 路线 of “党的路线” in 政治路线, 处分 of “党纪处分” under 纪律处分有五种); a
 * longer name is not said by its last word (制度 does not say “基本政治制度”). Asked of the key's own words (the class
 * only repeats them) and of the stem without its key (the class only repeats the stem).
 */
export function classNamedIn(name: string, said: string): boolean {
  const head = classHead(name);
  const text = said.replace(/‘/g, "“").replace(/’/g, "”");
  if (head.length < 2) return false;
  if (text.includes(head)) return true;
  if (head.length > 4) return false;
  // The last word standing inside a member (思想 of 毛泽东思想 for “党的指导思想”) names the member, not the set.
  const members = vocabularyClassMembers(name);
  const word = head.slice(-2);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const inMember = members.some((member) => {
      for (let from = text.indexOf(member); from >= 0; from = text.indexOf(member, from + 1)) if (from <= at && at + word.length <= from + member.length) return true;
      return false;
    });
    if (!inMember) return true;
  }
  return false;
}
