/** Articles of a legal text (第X条): shared by the cleaning rules and the outline. */

const CN_NUMBER = "一二三四五六七八九十百千零〇两";
/** An article number, wherever it stands: 第二十条, 第一百零三条, 第20条. */
export const ARTICLE_NUMBER = `第[${CN_NUMBER}\\d]{1,6}条`;
/** "第二十条　…", "第一条【目的】…": an article of a regulation. Its number opens its text. */
export const ARTICLE = new RegExp(`^(${ARTICLE_NUMBER})(?:[\\s　]+|(?=[\\u4e00-\\u9fff“《（(【〔［]))`);
/** Two articles make a legal text: its articles, not its item numbers, are the units of text. */
const MIN_ARTICLES = 2;

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** "第一百二十三条" → 123; Arabic digits as they are. */
export function articleNumber(article: string): number {
  const body = article.replace(/^第|条$/g, "");
  if (/^\d+$/.test(body)) return Number(body);
  let total = 0;
  let digit = 0;
  for (const char of body) {
    if (char in DIGITS) digit = DIGITS[char]!;
    else if (char in UNITS) {
      total += (digit || 1) * UNITS[char]!;
      digit = 0;
    }
  }
  return total + digit;
}

/**
 * A legal text numbers its articles in sequence: two or more 第X条 lines, most of them one more
 * than the one before. Prose that opens two paragraphs with "第一条经验" and "第三条…" is not one.
 */
export function isLegalText(articles: string[]): boolean {
  if (articles.length < MIN_ARTICLES) return false;
  const numbers = articles.map(articleNumber);
  const steps = numbers.slice(1).filter((number, index) => number === numbers[index]! + 1).length;
  return steps >= (numbers.length - 1) * 0.6;
}
