/** GIFT's special characters, escaped with a backslash (Moodle's GIFT format). */
export function giftEscape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (character) => `\\${character}`).replace(/\r?\n/g, "\\n");
}
