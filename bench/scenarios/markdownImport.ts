import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { importMarkdown } from '../../shared/import/importMarkdown.ts';
import { ImportBudget } from '../../shared/import/importBudget.ts';
import { linearFootnotes } from '../../shared/import/markdownFootnotes.ts';
import { nowMs } from '../lib/clock.ts';
import { addRatio, addTarget, emptyResult } from '../lib/result.ts';
import type { Figure, ScenarioResult } from '../lib/result.ts';
import { exact, medianFigure } from '../lib/stats.ts';

/** Sizes of the Markdown import scenario: footnotes, and twice as many. */
export interface MarkdownImportOptions {
  footnotes: number;
  /** Depth of nested emphasis (and twice as deep). */
  nesting: number;
  repetitions: number;
}

export const MARKDOWN_IMPORT_FULL: MarkdownImportOptions = { footnotes: 10_000, nesting: 200_000, repetitions: 3 };
export const MARKDOWN_IMPORT_QUICK: MarkdownImportOptions = { footnotes: 1_000, nesting: 20_000, repetitions: 1 };

const STOCK = 'markdown-it-footnote as shipped';

/** `n` paragraphs each calling a footnote, then the `n` definitions. */
function footnotes(n: number): string {
  const calls = Array.from({ length: n }, (_, i) => `Paragraph ${i} with a claim.[^n${i}]`).join('\n\n');
  return `${calls}\n\n${Array.from({ length: n }, (_, i) => `[^n${i}]: Source ${i}.`).join('\n')}\n`;
}

const nested = (n: number) => '_a '.repeat(n) + 'x' + ' a_'.repeat(n);

/** Median time of `repetitions` runs after one unmeasured run (the JIT warms up on it). */
function median(repetitions: number, run: () => void): Figure {
  run();
  const samples: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = nowMs();
    run();
    samples.push(nowMs() - start);
  }
  return medianFigure(samples, 'ms');
}

/** Time at n and 2n, and their ratio (2 is linear, 4 quadratic). */
function growth(figures: Record<string, Figure>, name: string, small: Figure, large: Figure): void {
  figures[`${name}, n`] = small;
  figures[`${name}, 2n`] = large;
  figures[`${name}, growth for 2n`] = exact(large.value / small.value, '×');
}

/**
 * Scenario 6: Markdown import where it used to be quadratic (issue 12). The parser with our
 * footnote step against markdown-it-footnote as shipped, at n and 2n notes; the whole import at n
 * and 2n notes and nesting levels. Growth for twice the input should stay near 2.
 */
export function runMarkdownImport(o: MarkdownImportOptions): ScenarioResult[] {
  const result = emptyResult('Markdown import (footnotes, nesting)', { ...o });
  const ours = new MarkdownIt().use(linearFootnotes);
  const stock = new MarkdownIt().use(footnote);
  const [small, large] = [footnotes(o.footnotes), footnotes(2 * o.footnotes)];
  growth(
    result.figures,
    'parse footnotes',
    median(o.repetitions, () => ours.render(small)),
    median(o.repetitions, () => ours.render(large)),
  );
  const baseline: Record<string, Figure> = {};
  growth(
    baseline,
    'parse footnotes',
    median(1, () => stock.render(small)),
    median(1, () => stock.render(large)),
  );
  result.baseline[STOCK] = baseline;
  const bytes = (s: string) => new TextEncoder().encode(s);
  const unlimited = () => new ImportBudget({ maxWork: Infinity, timeMs: Infinity });
  const importOf = (s: string) => () => void importMarkdown(bytes(s), 'x', unlimited());
  growth(
    result.figures,
    'import footnotes',
    median(o.repetitions, importOf(small)),
    median(o.repetitions, importOf(large)),
  );
  growth(
    result.figures,
    'import nested emphasis',
    median(o.repetitions, importOf(nested(o.nesting))),
    median(o.repetitions, importOf(nested(2 * o.nesting))),
  );
  addRatio(result, 'parse footnotes, 2n', STOCK);
  for (const name of ['parse footnotes', 'import footnotes', 'import nested emphasis'])
    addTarget(result, `${name}: near-linear`, result.figures[`${name}, growth for 2n`]!.value, 2.5, '×');
  result.notes.push(`n = ${o.footnotes} footnotes; nesting n = ${o.nesting} levels (capped at 32 in the document)`);
  return [result];
}
