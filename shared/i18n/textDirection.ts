/** Writing direction of a piece of text or a block. */
export type Direction = 'ltr' | 'rtl';

// Scripts written right to left (Unicode bidi class R or AL for their letters).
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;
const LETTER = /\p{L}/u;
const LETTERS = /\p{L}/gu;

/** Whether one character is a letter of a right-to-left script (digits and punctuation are not). */
function isRtlLetter(char: string): boolean {
  return RTL_LETTER.test(char);
}

/**
 * The direction of the first strongly directional character (a letter), as the Unicode bidi
 * algorithm's rule P2 finds a paragraph's direction, or null when the text has none (empty, digits,
 * punctuation): then the block follows the document's language.
 */
export function firstStrongDirection(text: string): Direction | null {
  const m = LETTER.exec(text);
  if (!m) return null;
  return isRtlLetter(m[0]) ? 'rtl' : 'ltr';
}

/** True when some letter of `text` belongs to a right-to-left script. */
export function hasRtlLetter(text: string): boolean {
  for (const m of text.matchAll(LETTERS)) if (isRtlLetter(m[0])) return true;
  return false;
}

/**
 * Splits text into runs of one direction, as word processors keep them: each run starts at a strong
 * character and keeps the neutrals (spaces, digits, punctuation) that follow it; neutrals before the
 * first letter go with `base`. Used to mark right-to-left runs in Word (`w:rtl`).
 */
export function directionRuns(text: string, base: Direction): { text: string; dir: Direction }[] {
  const runs: { text: string; dir: Direction }[] = [];
  let current: Direction = base;
  let start = 0;
  for (const m of text.matchAll(LETTERS)) {
    const dir: Direction = isRtlLetter(m[0]) ? 'rtl' : 'ltr';
    if (dir === current) continue;
    const at = m.index;
    if (at > start) runs.push({ text: text.slice(start, at), dir: current });
    start = at;
    current = dir;
  }
  if (start < text.length) runs.push({ text: text.slice(start), dir: current });
  return runs;
}
