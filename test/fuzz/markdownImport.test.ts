import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importMarkdown } from '../../shared/import/importMarkdown.ts';
import { importedToYDoc } from '../../shared/import/importedToYDoc.ts';
import { ImportError } from '../../shared/import/importTypes.ts';
import { fuzz, FUZZ_BUDGET, FUZZ_TEST_TIMEOUT } from './fuzzHarness.ts';
import type { Outcome } from './fuzzHarness.ts';

const HUGE = FUZZ_BUDGET.campaign ? [1_000, 10_000, 50_000] : [1_000, 5_000];
const DEPTH = fc.oneof(fc.integer({ min: 1, max: 300 }), fc.constantFrom(...HUGE));
const WORDS = fc.string({ maxLength: 30 });

/** Constructs known to make Markdown parsers recurse or backtrack, at a chosen depth or length. */
const pathological = fc.oneof(
  fc.tuple(DEPTH, WORDS).map(([n, t]) => `${'> '.repeat(n)}${t}`),
  fc
    .tuple(DEPTH, WORDS)
    .map(([n, t]) => Array.from({ length: Math.min(n, 5_000) }, (_, i) => `${'  '.repeat(i)}- ${t}`).join('\n')),
  fc
    .tuple(DEPTH, WORDS)
    .map(([n, t]) => Array.from({ length: Math.min(n, 5_000) }, (_, i) => `${'   '.repeat(i)}1. ${t}`).join('\n')),
  fc.tuple(DEPTH, fc.constantFrom('*', '_', '~~', '`', '**_')).map(([n, m]) => `${m.repeat(n)}x${m.repeat(n)}`),
  fc.tuple(DEPTH, WORDS).map(([n, t]) => `${'['.repeat(n)}${t}${'](https://example.org)'.repeat(n)}`),
  fc.tuple(DEPTH).map(([n]) => `${'[a]('.repeat(n)}${')'.repeat(n)}`),
  fc.tuple(DEPTH).map(([n]) => `${'<div>'.repeat(n)}x${'</div>'.repeat(n)}`),
  fc.tuple(DEPTH).map(([n]) => `| ${'a | '.repeat(n)}\n|${'---|'.repeat(n)}\n| ${'b | '.repeat(n)}`),
  fc
    .tuple(DEPTH)
    .map(
      ([n]) =>
        `${Array.from({ length: n }, (_, i) => `x[^${i}]`).join(' ')}\n\n${Array.from({ length: n }, (_, i) => `[^${i}]: note ${i}`).join('\n')}`,
    ),
  fc.tuple(DEPTH).map(([n]) => `[^a]: ${'[^a] '.repeat(n)}\n\n[^a]`),
  fc.tuple(DEPTH).map(([n]) => `${'#'.repeat(n)} heading`),
  fc
    .tuple(DEPTH)
    .map(
      ([n]) => `javascript:alert(1) [x](javascript:alert(${n})) <a href="javascript:x">y</a> ![i](data:text/html,x)`,
    ),
);

/** Very long lines: one character, or one construct, repeated. */
const longLine = fc
  .tuple(
    fc.constantFrom('a', '*', '_', '\\', '<', '&#', '`', '[', '](', ' ', '|', '~', '\t', 'é', '😀', '* a '),
    fc.constantFrom(...(FUZZ_BUDGET.campaign ? [10_000, 200_000, 1_000_000] : [10_000, 200_000])),
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

const frontMatter = fc.tuple(fc.string({ maxLength: 200 }), WORDS).map(([yaml, body]) => `---\n${yaml}\n---\n${body}`);

const input = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(pathological, WORDS, frontMatter), { minLength: 1, maxLength: 4 })
      .map((p) => p.join('\n\n')),
  },
  { weight: 1, arbitrary: longLine },
  { weight: 1, arbitrary: fc.string({ maxLength: 500, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
);

describe('fuzzing Markdown import', () => {
  it(
    'imports or refuses pathological nesting and long lines with an ImportError, never a crash',
    async () => {
      const report = await fuzz(
        'markdown-import',
        input,
        (i): Outcome => {
          const bytes = typeof i === 'string' ? new TextEncoder().encode(i) : i;
          try {
            importedToYDoc(importMarkdown(bytes, 'fuzzed'));
            return 'accepted';
          } catch (err) {
            if (err instanceof ImportError) return 'rejected';
            throw err;
          }
        },
        (i) =>
          typeof i === 'string' ? `${i.length} chars: ${JSON.stringify(i.slice(0, 40))}` : `${i.length} raw bytes`,
      );
      expect(report.failure).toBeNull();
      expect(report.inputs).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT,
  );
});
