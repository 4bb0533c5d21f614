/** Counts words the way a reader would: runs of letters or digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}
