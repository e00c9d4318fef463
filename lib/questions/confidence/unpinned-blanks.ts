import { completesClassIn, countedClassNamed, vocabularyClassMembers, PARTY_VOCABULARY, onlyContextualClasses, speaksOfClass, vocabularyClassOf, vocabularySiblings } from "../party-vocabulary";
import { clausesAround } from "../source-text";

/**
 * Blanks the stem does not pin: slots a sibling of the key (another watchword, principle, quality,
 * field of work or list item) fills as well, so the question has more than one right answer.
 */

/** A blank closing a list (……，“______”等现象): one item of a kind the list goes on with. */
export const QUOTED_BLANK_CLOSES_LIST = /_{2,}”?等/;

/**
 * A blank among the items of a list: numbered, joined by 、, last after 和/及/与, or a group of its own
 * between groups joined by 、 (全国人大、国务院、全国政协，______，最高人民法院、…); a short name around it
 * counts as the item (______重要思想).
 */
export const LIST_ITEM_SLOT = /[（(][一二三四五六七八九十\d]+[)）]\s*_{2,}|、[^，。；：、]{0,6}_{2,}[^，。；：、]{0,6}、|、_{2,}|_{2,}、|、[^，。；：、]{1,12}(?:和|及|与|以及)_{2,}|、[^，。；：、]{1,12}，_{2,}，[^，。；：、]{1,12}、/;

/**
 * What a quoted formula of parallel clauses is named as when the text cites it as one, right after it: the requirement,
 * principle, charge or standard it sets, or the sense it asks for (按照“…”的总要求; “…”总体要求; 根据“…”的原则;
 * 树立“…”的责任意识). Not a theme or aim (围绕“培元、通达、博雅”三个主题: one school's names for its own work), nor a
 * formula a verb goes on with (把“学习教育、调查研究、…”贯穿主题教育全过程).
 */
const FORMULA_NAME = /^的?(?:总体|总|基本|根本|重要)?(?:要求|原则|方针|嘱托|标准|[\u4e00-\u9fff]{2}意识)/;

/**
 * A 填空 whose one blank is a whole clause of a quoted watchword of parallel clauses the text names as a requirement,
 * a principle or the like (按照“照镜子、正衣冠、洗洗澡、______”的总要求; 坚决贯彻“守初心、担使命、______、抓落实”总体要求;
 * 根据“减项、降分、限高、______”的原则): three clauses or more, each as long as the key (two to four characters), every
 * other clause in the stem. A formula is fixed, not a list the author drew up: the clauses the stem shows leave only
 * the key, however many other words of the kind exist, so a blank in it is no ad hoc list item, and its verb-led
 * clauses (担使命, 找差距) are the formula's own form, not an incidental phrase.
 */
export function watchwordClauseBlank(stem: string, answers: readonly string[]): boolean {
  return blankedWatchword(stem, answers) !== null;
}

/** The watchword a watchword clause blank (above) is cut from, whole (照镜子、正衣冠、洗洗澡、治治病); null for any other stem. */
export function blankedWatchword(stem: string, answers: readonly string[]): string | null {
  if (answers.length !== 1) return null;
  const blank = /_{2,}/.exec(stem);
  if (!blank || /_{2,}/.test(stem.slice(blank.index + blank[0].length))) return null;
  const open = stem.lastIndexOf("“", blank.index);
  const close = stem.indexOf("”", blank.index);
  if (open < 0 || close < 0 || stem.lastIndexOf("”", blank.index) > open) return null;
  const clauses = stem.slice(open + 1, close).split("、");
  const key = answers[0]!;
  if (clauses.length < 3 || key.length < 2 || key.length > 4) return null;
  if (clauses.filter((clause) => /^_{2,}$/.test(clause)).length !== 1) return null;
  const others = clauses.filter((clause) => !/^_{2,}$/.test(clause));
  if (!others.every((clause) => clause.length === key.length && /^[\u4e00-\u9fff]+$/.test(clause) && clause !== key)) return null;
  if (!FORMULA_NAME.test(stem.slice(close + 1))) return null;
  return clauses.map((clause) => (/^_{2,}$/.test(clause) ? key : clause)).join("、");
}

/** The clause of the stem that holds the first blank (between clause marks), or the whole stem when it has none. */
export function blankClauseOf(stem: string): string {
  const blank = /_{2,}/.exec(stem);
  return blank ? clausesAround(stem, blank.index, blank[0].length, 0) : stem;
}

/**
 * The items of the 、-list that follow the first blank, in its clause (the last one split at 和/及/与):
 * 追究…的______、监督责任和领导责任 gives 监督责任 and 领导责任. A blank with no 、 after it in its clause gives none.
 */
export function listItemsAfterBlank(stem: string): string[] {
  const clause = blankClauseOf(stem);
  const blank = /_{2,}/.exec(clause);
  if (!blank) return [];
  // The blank's own item may end the list (主体责任、______和领导责任): what follows it after 和 is an item too.
  const items = clause.slice(blank.index + blank[0].length).split("、");
  const last = items.pop()!;
  const joined = [...items, ...last.split(/以及|和|及|与/)];
  return joined.slice(1).map((item) => item.replace(/[，。；：！？]$/, "")).filter((item) => item.length > 0);
}

/** A stem that says of its blanked body only that it works under another's leadership: 党的______在…领导下进行工作。 */
export const ONLY_UNDER_LEADERSHIP = /^[^，。；：]{0,8}(?:_{2,}|（　）)在[^，。；：]{2,24}(?:的)?领导下(?:进行)?工作[。；]?$/;

/** A blank inside a title quoted within a title: 《…适用〈______〉若干问题的解释》. */
export const TITLE_IN_TITLE_BLANK = /《[^》]*〈[^〉》]*(?:_{2,}|（　）)[^〉》]*〉/;

/**
 * The watchwords of strict party governance (全面从严治党, 党风廉政建设, 管党治党, 从严治党) and the stock frames each of
 * them fills alike (推进______和反腐败斗争, 推动______向纵深发展, 带头贯彻______要求, 落实______“两个责任”): the frame
 * does not pin which (issue #16, item 3).
 */
const GOVERNANCE_WATCHWORDS = ["全面从严治党", "党风廉政建设", "管党治党", "从严治党"];

const GOVERNANCE_FRAME_AFTER = /^(?:和|与|及)反腐败(?:斗争|工作)|^向纵深(?:发展|推进)|^(?:的)?(?:各项)?要求|^“?两个责任|^(?:的)?(?:主体|监督)责任|^(?:各项)?工作/;

const GOVERNANCE_FRAME_BEFORE = /(?:推进|推动|深化|贯彻|落实|抓好|加强|坚持)“?$/;

/**
 * Stock settings a watchword fills whatever verb leads to it (stop 38): the field one acts in (在______实践中), its pairing
 * with 治国理政 (贯穿______和治国理政的全部实践), the pledge 永远在路上 (反腐败斗争 and 自我革命 are "永远在路上" too), and the
 * new arrangements of a congress (______新部署新要求). Readers marked each such published 填空 open (B: 管党治党, 从严治党,
 * 党的建设 fit), four in four documents.
 */
const GOVERNANCE_SETTING = /在“?$/;

const GOVERNANCE_SETTING_AFTER = /^(?:的)?(?:实践|进程|过程)中/;

const GOVERNANCE_STOCK_AFTER = /^(?:和|与)治国理政|^永远在路上|^(?:的)?新部署/;

/** Whether a 填空's blank holds a strict-governance watchword in a frame (above) its siblings fill alike. */
export function governanceFrameBlank(stem: string, answers: readonly string[]): boolean {
  const blanks = [...stem.matchAll(/_{2,}/g)];
  if (blanks.length !== answers.length) return false;
  return blanks.some((blank, at) => {
    if (!GOVERNANCE_WATCHWORDS.includes(answers[at]!)) return false;
    const before = stem.slice(0, blank.index);
    const after = stem.slice(blank.index + blank[0].length).replace(/^”/, "");
    if (GOVERNANCE_FRAME_AFTER.test(after) && GOVERNANCE_FRAME_BEFORE.test(before)) return true;
    // A pledge the sentence makes twice (______永远在路上，党的自我革命永远在路上) pins the key: the other is named.
    const pledgedTwice = (stem.match(/永远在路上/g) ?? []).length > 1;
    return (GOVERNANCE_SETTING.test(before) && GOVERNANCE_SETTING_AFTER.test(after)) || (GOVERNANCE_STOCK_AFTER.test(after) && !pledgedTwice);
  });
}

/**
 * The whole-of-policy names (stop 38): the strict-governance watchwords, the 四个全面 and 党的建设 itself. Each names the
 * party's whole effort in a field, so a sentence that only serves or argues for it takes any of its kin: 从严治党,
 * 管党治党, 严管 fill 为了落实______要求 as well as 全面从严治党.
 */
const UMBRELLA_NAMES = new Set([...GOVERNANCE_WATCHWORDS, ...vocabularyClassMembers("四个全面"), "党的建设"]);

/** A purpose clause at the head of its sentence (为了落实______要求，…; 为______，规范…): what a text is made for. */
const PURPOSE_CLAUSE_BLANK = /^(?:第[一二三四五六七八九十百]+条\s*)?为了?(?:贯彻落实|落实|贯彻|推进|深入推进|坚持)?“?_{2,}”?(?:的)?(?:各项)?(?:要求)?[，,]/;

/** A sentence dated as an account of the party's record (党的十八大以来，…推进______): what was done, not a writer's plea. */
const DATED_RECORD_BEFORE = /以来/;

/**
 * Whether a 填空 blanks a whole-of-policy name where nothing but habit supplies it (stop 38, criteria D and B): in a
 * purpose clause of any text (为了落实______要求，…制定本规定), or anywhere in the own sentence of a text that sets no rules
 * (a commentary's ______和鼓励担当作为是内在统一的, 以严明的纪律推进______). Readers discarded or faulted each such published
 * 填空 but one (a regulation's 为落实______要求, kept by one reader, faulted in another regulation). Left alone: a
 * dated account of the party's record (党的十八大以来…推进______), and a blank that completes a set the sentence lists.
 */
export function umbrellaBlank(stem: string, answers: readonly string[], normative: boolean): boolean {
  const blanks = [...stem.matchAll(/_{2,}/g)];
  if (blanks.length !== 1 || answers.length !== 1 || !UMBRELLA_NAMES.has(answers[0]!)) return false;
  if (PURPOSE_CLAUSE_BLANK.test(stem)) return true;
  return !normative && !DATED_RECORD_BEFORE.test(stem.slice(0, blanks[0]!.index));
}

/** A blank as the open head of an open list (______等，…): one example of a kind, any other of which fits (issue #16). */
export const BLANK_THEN_ETC = /(?:_{2,}|（　）)[”》]?等(?![级同待到于])/;

/** 具有（　）: qualities said to belong to something. */
export const ASCRIBING = /具有（　）/;

/** A blank standing beside a 、 in a list its clause closes with 等 (not 平等, 等级, 等待 …). */
const OPEN_LIST_BLANK = /(?:、[^、，。；：]{0,12}(?:（　）|_{2,})|(?:（　）|_{2,})[^、，。；：]{0,12}、)[^，。；：]*?(?<![平对同高初均相次何])等(?![级待候于同])/;

/** Whether the stem names another member of a counted set the key is of, a set of record (四风), not a contextual one (监督体系). */
export function namesCountedSetOf(key: string, stem: string): boolean {
  return PARTY_VOCABULARY.some((entry) => entry.members.includes(key) && countedClassNamed(entry.name) !== null && !onlyContextualClasses(key) && entry.members.some((member) => member !== key && stem.includes(member)));
}

/** Whether the blank is one item of a list left open by 等 (民主监督、（　）、舆论监督等各方面监督). */
export function openListItemBlank(stem: string): boolean {
  return OPEN_LIST_BLANK.test(stem);
}

/** A blank as what an essay says its subject also or above all is (也是一项严肃的______, 更是一种______, 正是______). */
export const RHETORICAL_BLANK = /[更正也就乃]是(?:一[项种个门场])?[^，。；：]{0,6}?(?:_{2,}|（　）)/;

/** A blank as the place one joins, gives oneself to or merges into (融入…的______中去, 投身于______之中). */
export const PLEDGE_DESTINATION = /(?:融入|融进|投身|投入|献身|奉献)(?:到|于)?[^，。；：]{0,12}(?:_{2,}|（　）)(?:之?中|里)/;

/** What acts on a field of work just before its blank (加强______, 以______为中心, 党的______, a list's 、 or 和). */
export const GOVERNED_FIELD = /(?:加强|抓好|推进|推动|深化|加快|坚持|以|党的|开展|重视|注重|着力|搞好|做好|和|、|与|及)“?$/;

/**
 * The verbs of an exhortation whose object a speech, report or essay leaves open (坚持______, 不断加强______,
 * 杜绝______, 不搞______): in a rule the article's own subject and scope say what is meant; in a speech the verb
 * takes any of the party's watchwords (形式主义 or 官僚主义 after 杜绝; 理论联系实际, 实事求是 or 学用结合 after 坚持).
 * Not 坚定 (坚定理想信念, 坚定“四个自信”: a narrow collocation) nor 落实 or 践行 (…要求, …责任, …精神), nor 反对: a text
 * names what it sets itself against as its point (全党开展了群众路线教育实践活动，坚决反对官僚主义), and no labelled
 * blank after 反对 in a speech or report was found open.
 */
const EXHORTATION_VERB = /(?:坚持|加强|杜绝|不搞|防止|克服|贯彻|树立|遵守)$/;

/** The object of 走 ending its clause (自觉走______。): which road, the pledge does not say. */
export const ROAD_PLEDGE_BLANK = /(?<![带拿抢])走_{2,}(?:[，。；！]|$)/;

/**
 * A whole quoted watchword blanked as what a deed embodies (用“按需帮扶”践行“______”, 以实际行动诠释“______”, 彰显了“（　）”):
 * the deed is told, and any watchword it lives up to fits the quotation marks (一切从实际出发, 实事求是, 为人民服务); the
 * quotation that goes on to a noun naming it (践行“______”的根本宗旨) or a longer quotation is not this.
 */
/**
 * The object of an exhortation quoted with nothing but the blank inside the marks (党章总纲“坚持______”的思想, 要“杜绝______”):
 * the quotation marks say a watchword stands there, not which; 坚持 takes 解放思想 as well as 实事求是 (stop 36). The sentence
 * pins it when it names the key's set (思想路线) or a sibling.
 */
export const QUOTED_EXHORTATION_BLANK = /(?:[“‘](?:坚持|加强|杜绝|不搞|防止|克服|贯彻|树立|遵守)|(?:坚持|加强|杜绝|不搞|防止|克服|贯彻|树立|遵守)[“‘])(?:_{2,}|（　）)[”’]/;

export const EMBODIED_WATCHWORD_BLANK = /(?:践行|诠释|彰显|印证|展现|体现)(?:了|着)?[“‘](?:_{2,}|（　）)[”’](?![的之])/;

/**
 * The writer's own pledge as one of a group or as themself (作为新时代的青年，…，我们要…; 身处新时代的我们，要…; 身为一名入党积极
 * 分子，我将…): a 心得's, 感悟's or 表态发言's resolution, whose terms are what this writer resolves to do, not what the
 * course teaches; 我们党/我国 speak for the party or the country and are not this.
 */
export const SELF_POSITIONED_PLEDGE =
  /(?:^|[，。；！？：”])(?:(?:作为|身为)[^。；！？，]{1,24}[，,](?:[^。；！？，]{1,20}[，,])?|身处[^。；！？，]{1,24}的)(?:我们(?!党)|我(?![们国党省市校院]))[^。；！？]*?(?:要|应|应该|应当|将|会|必须|一定|更要|须|需)/;

/** A blank that only says what something is (un)related to: 与______无关的参观, 与相关______无关的费用. */
export const UNRELATED_TO_BLANK = /与[^，。；：]{0,4}_{2,}[^，。；：]{0,3}(?:无关|有关)的/;

/** What after the blank's clause says what the key is (坚持______，就要一切从实际出发; ……，即……): a definition pins it. */
const DEFINED_AFTER = /^[，；]?(?:就(?:要|是)|即|也就是|是指|就是要)/;

/**
 * Whether the stem's blank is a clause of 坚持 and the blank alone (坚持______，) among at least two other clauses that open on
 * 坚持: a run of principles, where the bare slot takes any of them.
 */
export function principleRunSlot(stem: string): boolean {
  const clauses = stem.split(/[，；。：]/);
  const bare = clauses.filter((clause) => /^(?:始终|严格)?坚持_{2,}$/.test(clause)).length;
  const others = clauses.filter((clause) => /^(?:始终|严格)?坚持/.test(clause) && !/_{2,}/.test(clause)).length;
  return bare === 1 && others >= 2;
}

/**
 * Whether a blank is the bare object of an exhortation with nothing in its sentence to pin the key (stop 28): its
 * clause is the verb and the blank alone (始终坚持实事求是，不务虚功，不图虚名，不搞______，不做表面文章; 不断加强______，
 * 坚定政治信念), the clause after it does not define it, and the sentence names no other member or the name of a set
 * the key is of (坚持______，…按照集体领导和个人分工负责相结合的制度: 民主集中制, pinned by 集体领导).
 */
export function unpinnedExhortationSlot(stem: string, sentence: string, answers: readonly string[]): boolean {
  const blanks = [...stem.matchAll(/_{2,}/g)];
  if (blanks.length !== answers.length) return false;
  return blanks.some((blank, at) => {
    const before = stem.slice(0, blank.index);
    const after = stem.slice(blank.index + blank[0].length);
    // The clause ends at the blank: the key is the verb's whole object (not 坚持以______为中心, not 遵守______和政治规矩).
    if (!/^(?:[，。；！]|$)/.test(after)) return false;
    const clauseLead = before.slice(Math.max(before.lastIndexOf("，"), before.lastIndexOf("；"), before.lastIndexOf("。"), before.lastIndexOf("："), -1) + 1);
    if (!EXHORTATION_VERB.test(clauseLead) || clauseLead.length > 12) return false;
    if (DEFINED_AFTER.test(after)) return false;
    return !speaksOfClass(answers[at]!, sentence);
  });
}

/** Verbs that raise a quality or a capacity (增强______, 不断强化______, 提高______, 善于运用______). */
const RAISING_VERB = /(?:增强|强化|提高|提升|运用|善于进行)$/;

/** Keys that are qualities of a cadre: a 意识, a way of thinking, an ability or one of the 政治三力 (政治判断力). */
const QUALITY_KEY = /(?:意识|思维|能力|力|本领)$/;

/**
 * Whether a blank is a quality one is told to raise (不断增强______，提高政治站位; 强化______和科学谋划; 提高______，强化政治
 * 担当) with nothing in its sentence to pin which: the key is one of a set of like qualities (the 四个意识, the 思维能力, the
 * 七种能力, the 政治三力), the clause is the verb and the blank (alone, or joined by 和/与/、 to a phrase that is no member of
 * the set), and the sentence names no other member or the set itself. Every member is raised alike: 政治意识 or 大局意识,
 * 系统思维 or 战略思维 fill the blank as well (readers, stop 35 first look at news and speeches: 4 of 5 such published 填空
 * open). Each sibling the sentence names pins it (不断增强______，…；要不断增强政治领悟力: 政治判断力).
 */
export function unpinnedQualitySlot(stem: string, sentence: string, answers: readonly string[]): boolean {
  const blanks = [...stem.matchAll(/_{2,}/g)];
  if (blanks.length !== answers.length) return false;
  return blanks.some((blank, at) => {
    const answer = answers[at]!;
    if (!QUALITY_KEY.test(answer) || vocabularySiblings(answer).length < 2) return false;
    const before = stem.slice(0, blank.index);
    const after = stem.slice(blank.index + blank[0].length);
    const clauseLead = before.slice(Math.max(before.lastIndexOf("，"), before.lastIndexOf("；"), before.lastIndexOf("。"), before.lastIndexOf("："), -1) + 1);
    if (!RAISING_VERB.test(clauseLead) || clauseLead.length > 12) return false;
    if (!/^(?:[，。；！]|$|[和与、](?!_))/.test(after)) return false;
    if (DEFINED_AFTER.test(after)) return false;
    return !speaksOfClass(answer, sentence);
  });
}

/** A field of building the party or the country (作风建设, 纪律建设, 经济建设), and 加强 (党的) right before a blank. */
const BUILDING_FIELD = /建设$/;

const STRENGTHEN_BEFORE = /加强(?:党的)?$/;

/** Verbs of holding to, carrying out or strengthening, right before a blank (坚持, 贯彻执行, 严格遵守, 加强). Not 履行 or 落实, whose object (监督责任) the doer pins. */
const DUTY_VERB = /(?:坚持|执行|贯彻|遵守|加强)$/;

/**
 * Whether a blank is the object of a verb of duty (坚持______, 贯彻执行______, 严格执行（　）) and its key a member of loose
 * sets only (onlyContextualClasses: 民主集中制, 请示报告制度, 党内监督), with no other member or name of its set in the
 * sentence and no definition after it: any member of the set is held to or carried out, so nothing pins the key.
 */
export function looseSetDutyObject(stem: string, sentence: string, answers: readonly string[]): boolean {
  const blanks = [...stem.matchAll(/_{2,}|（　）/g)];
  if (blanks.length !== answers.length) return false;
  return blanks.some((blank, at) => {
    const answer = answers[at]!;
    const before = stem.slice(0, blank.index);
    // A field of the party's building (作风建设, 思想建设) after 加强(党的): 加强 takes every 建设 of the set alike, so
    // unless the sentence names the rest of the set, nothing pins which one (readers, issue 16).
    if (BUILDING_FIELD.test(answer) && vocabularyClassOf(answer) !== null && STRENGTHEN_BEFORE.test(before) && !completesClassIn(answer, sentence)) return true;
    if (!onlyContextualClasses(answer) || !DUTY_VERB.test(before)) return false;
    if (DEFINED_AFTER.test(stem.slice(blank.index + blank[0].length))) return false;
    return !speaksOfClass(answer, sentence);
  });
}

/**
 * A blank that is only what something is to be combined with (与______结合起来, 同______相结合, 与______紧密结合) or
 * what is to run through or into a whole (把______贯穿其中, 把______贯穿始终, 把______融入…): the verb takes any
 * principle, task or campaign the text might name (改革创新, 党的领导, 全面从严治党), and nothing else in the clause
 * says which. A blank among the items of a list (与群众监督、法律监督、______结合起来) is not this: its siblings pin it.
 */
const COUPLING_SLOT = /(?:[与同](?:_{2,}|（　）)(?:紧密|有机|相)?结合|把(?:_{2,}|（　）)(?:贯穿|融入|融汇|落实到))/;

/** Whether a 填空's or 单选's blank is the bare object of a coupling or pervading verb (COUPLING_SLOT), its sentence pinning nothing. */
export function couplingSlot(stem: string, sentence: string, answers: readonly string[]): boolean {
  if (!COUPLING_SLOT.test(stem) || answers.length !== 1) return false;
  return !speaksOfClass(answers[0]!, sentence);
}

/**
 * A blank that opens its sentence or clause as its topic (______本身不能解决…; ______揭示了…; 凡是______坚持得好的时候;
 * …，______就要跟进到什么阶段) and is followed by what the text says of it, not by what it is: not 是/即/：(a definition or
 * a label's line), not 、/和/及/等 (an item of a list), not a comma or the sentence's end (an adverbial or a list item).
 * A quotation closed just before it (古人说：“…失于傲。”______不是等得来的) ends a sentence as well (stop 38).
 */
const TOPIC_BLANK = /(?:^|[，；。]|[。！？]”|凡是)_{2,}(?![_是即：:，、；。等以和与及（(“”》的]|为|作为)/;

/**
 * Whether a 填空's key is a member of a set of the lexicon (四风, 党的路线, 党的指导思想) blanked as the topic of its sentence
 * or clause (TOPIC_BLANK) with nothing there to pin it: no other member or name of its set (speaksOfClass) and no
 * definition after it. What the sentence says of 形式主义 it says as well of 官僚主义, and 凡是______坚持得好的时候 fits
 * any line of the party. Members of contextual sets only (党内监督, 民主集中制) are left out: out of their set's context
 * they are ordinary names, no sibling stands ready to fill the blank (issue #16, stop 31).
 */
export function siblingFitsTopic(stem: string, sentence: string, answers: readonly string[]): boolean {
  if (answers.length !== 1 || [...stem.matchAll(/_{2,}/g)].length !== 1) return false;
  const answer = answers[0]!;
  if (vocabularyClassOf(answer) === null || onlyContextualClasses(answer)) return false;
  return TOPIC_BLANK.test(stem) && !speaksOfClass(answer, sentence);
}

/** True when the source sentence, its key blanked, is one siblingFitsTopic doubts: a sibling swapped in fits as well. */
export function swapFitsTopic(sentence: string, key: string): boolean {
  const at = sentence.indexOf(key);
  return at >= 0 && siblingFitsTopic(`${sentence.slice(0, at)}______${sentence.slice(at + key.length)}`, sentence, [key]);
}

/**
 * A blank in the description of whom a sanction is given to (给予______转入…的国有企业退休人员党纪处分), which may run
 * over one comma (给予______转入援派或者挂职单位，但不改变…人事关系的违纪党员干部党纪处分): the rule is who approves, not that description.
 */
export const RECIPIENT_BLANK = /给予[^，。；]*(?:_{2,}|（　）)[^，。；]*(?:，[^，。；]*)?的[^，。；]*(?:党员|人员|干部|军官)[^，。；]*处分/;

/**
 * A blank inside the title of a talk or an article the sentence names as such (以《…，以钉钉子精神推进______》为题; 题为《…》的
 * 报告): a word of what one speaker called the talk, an incidental detail of the report (stop 32).
 */
export const TALK_TITLE_BLANK = /以《[^》]*(?:_{2,}|（　）)[^》]*》为题|题为《[^》]*(?:_{2,}|（　）)[^》]*》|《[^》]*(?:_{2,}|（　）)[^》]*》为题/;

/**
 * A stem that is a citation line alone (a note's “see also”: 《中共中央关于______若干重大问题的决定》（2013年）。, 《…》，新华网。):
 * its blank is a word of the title it cites, and outside its titles and brackets it says next to nothing of its own.
 */
export function citationTitleBlank(stem: string): boolean {
  if (!/《[^》]*(?:_{2,}|（　）)[^》]*》/.test(stem)) return false;
  const own = stem.replace(/《[^》]*》/g, "").replace(/[（(][^（）()]*[）)]/g, "");
  return (own.match(/\p{Script=Han}/gu)?.length ?? 0) < CITATION_OWN_CHARS;
}

/** A citation line's own words (见, 新华网, 人民出版社) stay under this many characters. */
const CITATION_OWN_CHARS = 6;

/**
 * A blank qualifying a verb (则______地进行调整: 实事求是): outside a rule, the manner a speech says something is done in, in
 * passing. A regulation's manner (应当______地查清事实) is the rule itself and is left alone. 地 opening a noun (______地区,
 * ______地方) is no adverb mark.
 */
export const ADVERB_BLANK = /(?:_{2,}|（　）)地(?![区方位带域图球质理点面下上段基盘处步])/;

/** A blank naming whose interests are served, beside another owner (维护______和农民群众利益): a modifier of 利益. */
export const INTEREST_OWNER_BLANK = /(?:_{2,}|（　）)(?:和|与|及)[\u4e00-\u9fff]{1,8}(?:利益|权益)/u;

/** A stem opening on its blank as the subject whose aim, essence or core it states (______的目的主要是…, （　）的本质在于…). */
export const ESSENCE_OF_BLANK = /^(?:_{2,}|（　）)的(?:根本目的|目的|本质|实质|核心|要义|精髓|总目标|根本特征|本质特征)(?:主要|就|正)?(?:是|在于)/;

/** A blank that is a whole clause of its sentence: nothing but punctuation (or the sentence's start or end) on either side. */
export const WHOLE_CLAUSE_BLANK = /(?:^[“‘]?|[，；：。])(?:_{2,}|（　）)(?:[，；。]|$)/;

/** A blank beside a generic circumstance, either way round (______和工作需要, 实际情况和______). */
const GENERIC_CIRCUMSTANCE = "(?:工作需要|岗位要求|实际需要|实际情况|工作实际|本地实际|本地区实际|有关规定|相关规定|岗位职责)";

export const CIRCUMSTANCE_PAIR = new RegExp(`(?:_{2,}|（　）)(?:和|、|及|以及)${GENERIC_CIRCUMSTANCE}|${GENERIC_CIRCUMSTANCE}(?:和|、|及|以及)(?:_{2,}|（　）)`, "u");
