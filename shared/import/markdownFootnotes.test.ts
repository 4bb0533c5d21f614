import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { linearFootnotes } from './markdownFootnotes.ts';

const stock = new MarkdownIt().use(footnote);
const ours = new MarkdownIt().use(linearFootnotes);

describe('linearFootnotes', () => {
  it('renders exactly what markdown-it-footnote renders', () => {
    const cases = [
      'No notes at all.',
      'One[^a] and two[^b] and one again[^a].\n\n[^a]: First.\n[^b]: Second, with *emphasis*.',
      'Inline^[a note with [a link](https://example.org)] and a reference[^x].\n\n[^x]: Defined.',
      'A note with blocks[^long].\n\n[^long]: First paragraph.\n\n    Second paragraph.\n\n    - a list\n    - in it',
      'Called but never defined[^missing].',
      '[^unused]: Defined but never called.\n\nText.',
      'In a list:\n\n- item[^1]\n- item^[inline]\n\n[^1]: Note.',
      '> quoted[^q]\n\n[^q]: note of a quote',
    ];
    for (const md of cases) expect(ours.render(md), md).toBe(stock.render(md));
  });
});
