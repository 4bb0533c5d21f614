/** Code points in `text` (what `[...text].length` counts), without making an array of them. */
export function codePointCount(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return text.length - pairs;
}

const SPACE = /\s/;

/** Whitespace characters (as String#trim removes them; all in the Basic Multilingual Plane) at the start of `text`, or at its end with `fromEnd`. */
function edgeSpace(text: string, fromEnd: boolean): number {
  let n = 0;
  while (n < text.length && SPACE.test(text[fromEnd ? text.length - 1 - n : n]!)) n++;
  return n;
}

/**
 * Characters of a section's text as `[...texts.join('\n').trim()].length` counts them (its non-empty
 * blocks joined by line breaks, trimmed), from the blocks' remembered counts: reading only the blocks
 * at either end, not building the section's whole text on every recount.
 */
export function trimmedCharacters(texts: { text: string; codePoints: number }[]): number {
  if (texts.length === 0) return 0;
  let total = texts.length - 1; // the line breaks between blocks
  for (const t of texts) total += t.codePoints;
  // Whitespace trimmed at the start: whole blocks of it (with their line breaks), then the first block's own.
  let start = 0;
  while (start < texts.length && texts[start]!.text.trim() === '') total -= texts[start++]!.codePoints + 1;
  if (start === texts.length) return 0;
  let end = texts.length - 1;
  while (texts[end]!.text.trim() === '') total -= texts[end--]!.codePoints + 1;
  return total - edgeSpace(texts[start]!.text, false) - edgeSpace(texts[end]!.text, true);
}
