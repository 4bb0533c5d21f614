import { describe, expect, it } from 'vitest';
import { codePointCount, trimmedCharacters } from './trimmedCharacters.ts';

/** What the section panel counted before: the non-empty blocks joined by line breaks, trimmed, in code points. */
const joined = (texts: string[]) => [...texts.join('\n').trim()].length;
const facts = (texts: string[]) => texts.map((text) => ({ text, codePoints: codePointCount(text) }));

describe('trimmedCharacters', () => {
  it('counts what joining and trimming the blocks counts, whitespace blocks and astral characters included', () => {
    const pieces = ['', ' ', '\u00a0', '\t', 'a', 'word', ' é ', '😀', '\ud800', '\u3000', '\ufeff', 'x y'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let run = 0; run < 3000; run++) {
      const texts = Array.from({ length: next() % 6 }, () =>
        Array.from({ length: 1 + (next() % 4) }, () => pieces[next() % pieces.length]).join(''),
      ).filter((t) => t.length > 0);
      expect(trimmedCharacters(facts(texts)), JSON.stringify(texts)).toBe(joined(texts));
    }
  });

  it('counts a surrogate pair once and a lone surrogate once', () => {
    expect(codePointCount('a😀b')).toBe(3);
    expect(codePointCount('\ud800x')).toBe(2);
  });
});
