/** One code point that is a letter or a digit, tested where `lastIndex` points. */
const WORD_CHAR = /[\p{L}\p{N}]/uy;

// What each code point is to a word: outside one, part of one, or a joiner (' ’ -) that keeps two
// runs of letters one word when it stands between them.
const OTHER = 0;
const WORD = 1;
const JOINER = 2;

function asciiKind(c: number): number {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return WORD;
  return c === 0x27 || c === 0x2d ? JOINER : OTHER;
}

/**
 * Counts words the way a reader would: runs of letters or digits, with inner apostrophes and hyphens
 * (the matches of /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu, which wordCount.test.ts checks it
 * against). A scan rather than that regular expression: half the time on a 100-page report, and
 * no array of every word, since the status bar and the library count whole documents.
 */
export function countWords(text: string): number {
  let words = 0;
  let previous = OTHER;
  let beforePrevious = OTHER;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    let kind: number;
    let width = 1;
    if (c < 128) kind = asciiKind(c);
    else if (c === 0x2019) kind = JOINER;
    else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) width = 2;
      }
      WORD_CHAR.lastIndex = i;
      kind = WORD_CHAR.test(text) ? WORD : OTHER;
    }
    // A letter starts a word unless it continues one: right after a letter, or after a joiner that follows one.
    if (kind === WORD && previous !== WORD && !(previous === JOINER && beforePrevious === WORD)) words++;
    beforePrevious = previous;
    previous = kind;
    i += width;
  }
  return words;
}
