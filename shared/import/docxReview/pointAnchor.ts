const WORD = /[\p{L}\p{N}\p{M}'’_-]/u;
const MAX_LOOK_BACK = 200;

/**
 * Where a comment made at a point (a reference with no range, as LibreOffice writes a comment made
 * without a selection) is anchored: the word before the point, or the whole paragraph when no word
 * precedes it. `text` is the paragraph's text (one character per position), `offset` the point in
 * it, `start` the paragraph's first position.
 */
export function pointRange(text: string, offset: number, start: number): { from: number; to: number } {
  // Bounded look-back, so that many points in a long paragraph cost linear time.
  let end = Math.min(offset, text.length);
  const limit = Math.max(0, end - MAX_LOOK_BACK);
  while (end > limit && !WORD.test(text[end - 1]!)) end -= 1;
  let from = end;
  while (from > limit && WORD.test(text[from - 1]!)) from -= 1;
  return from < end ? { from: start + from, to: start + end } : { from: start, to: start + text.length };
}
