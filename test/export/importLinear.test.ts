// Issue 12, finding 4: Markdown import must be near-linear and bounded. Work is counted, never timed:
// the steps the import budget charges (tokens, HTML nodes) plus the array elements copied on the way.
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { importMarkdown } from '../../shared/import/importMarkdown.ts';
import { ImportBudget } from '../../shared/import/importBudget.ts';
import { ImportError } from '../../shared/import/importTypes.ts';
import type { DocJson } from '../../shared/import/importTypes.ts';
import { arrayWork } from './arrayWork.ts';

const encode = (s: string) => new TextEncoder().encode(s);

/** `n` paragraphs, each calling its own footnote, and the `n` definitions after them. */
function footnotes(n: number): string {
  const calls = Array.from({ length: n }, (_, i) => `Paragraph ${i} with a claim.[^n${i}]`).join('\n\n');
  const notes = Array.from({ length: n }, (_, i) => `[^n${i}]: Source ${i}.`).join('\n');
  return `${calls}\n\n${notes}\n`;
}

/** Emphasis nested `n` deep: `_a _a _a … x … a_ a_ a_`. */
const nested = (n: number) => '_a '.repeat(n) + 'x' + ' a_'.repeat(n);

/** Work of one import: budget steps plus array elements copied. */
function work(markdown: string): { work: number; doc: DocJson } {
  const budget = new ImportBudget({ maxWork: Infinity, timeMs: Infinity });
  let doc: DocJson | null = null;
  const copied = arrayWork(() => (doc = importMarkdown(encode(markdown), 'x', budget).doc));
  return { work: budget.spent + copied, doc: doc! };
}

function count(node: DocJson, type: string): number {
  return (node.type === type ? 1 : 0) + (node.content ?? []).reduce((n, c) => n + count(c, type), 0);
}

describe('Markdown import work', () => {
  it('grows linearly with the number of footnotes (10,000 and 20,000)', () => {
    const small = work(footnotes(10_000));
    const large = work(footnotes(20_000));
    expect(count(small.doc, 'footnote')).toBe(10_000);
    expect(count(large.doc, 'footnote')).toBe(20_000);
    // markdown-it-footnote alone copied 4 times as many elements for twice the notes.
    const stock = new MarkdownIt().use(footnote);
    const stockRatio = arrayWork(() => stock.render(footnotes(2000))) / arrayWork(() => stock.render(footnotes(1000)));
    expect(stockRatio).toBeGreaterThan(3.5);
    expect(large.work / small.work).toBeLessThan(2.2);
  });

  it('grows linearly with the depth of nested emphasis, and keeps the text', () => {
    const small = work(nested(20_000));
    const large = work(nested(40_000));
    expect(large.work / small.work).toBeLessThan(2.2);
    expect(JSON.stringify(large.doc)).toMatch(/"text":"[a ]*x[a ]*"/);
    // The work per byte stays small: nothing is rebuilt per level.
    expect(large.work / nested(40_000).length).toBeLessThan(20);
  });
});

describe('Markdown import budget', () => {
  it('refuses a file that needs more work than allowed, before parsing it', () => {
    const budget = new ImportBudget({ maxWork: 1000, timeMs: 60_000 });
    expect(() => importMarkdown(encode(nested(1000)), 'x', budget)).toThrow(ImportError);
    expect(() =>
      importMarkdown(encode(nested(1000)), 'x', new ImportBudget({ maxWork: 1000, timeMs: 60_000 })),
    ).toThrow(/too large or too deeply structured to import/);
    expect(budget.spent).toBe(5 * 2000 + 0); // only the estimate: 2,000 underscores
  });

  it('refuses a file the default budget cannot hold (megabytes of nested emphasis)', () => {
    expect(() => importMarkdown(encode(nested(1_000_000)), 'x')).toThrow(/too large or too deeply structured/);
  });

  it('refuses an import past its time limit', () => {
    let t = 0;
    // A clock that moves a second each time it is read: the deadline passes at the third reading.
    const budget = new ImportBudget({ maxWork: Infinity, timeMs: 2000 }, () => (t += 1000));
    expect(() => importMarkdown(encode(footnotes(50)), 'x', budget)).toThrow(
      /takes too long to import \(over 2 seconds\)/,
    );
  });

  it('imports ordinary text within the default budget', () => {
    const prose = Array.from(
      { length: 2000 },
      (_, i) =>
        `## Section ${i}\n\nSome *text* with a [link](https://example.org/${i}).\n\n| a | b |\n| - | - |\n| 1 | 2 |`,
    ).join('\n\n');
    expect(count(importMarkdown(encode(prose), 'x').doc, 'heading')).toBe(2000);
  });
});
