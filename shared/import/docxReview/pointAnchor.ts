const WORD = /[\p{L}\p{N}\p{M}'’_-]/u;

/**
 * Where a comment made at a point (a reference with no range, as LibreOffice writes a comment made
 * without a selection) is anchored: the word before the point, or the whole paragraph when no word
 * precedes it. `text` is the paragraph's text (one character per position), `offset` the point in
 * it, `start` the paragraph's first position.
 */
export function pointRange(text: string, offset: number, start: number): { from: number; to: number } {
  let end = Math.min(offset, text.length);
  while (end > 0 && !WORD.test(text[end - 1]!)) end -= 1;
  let from = end;
  while (from > 0 && WORD.test(text[from - 1]!)) from -= 1;
  return from < end ? { from: start + from, to: start + end } : { from: start, to: start + text.length };
}
