import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportHazards } from './paste/exportHazards.ts';
import { openPastePage } from './paste/pastePage.ts';
import type { PastePage } from './paste/pastePage.ts';
import { XSS_VECTORS } from './paste/xssVectors.ts';
import { fuzz, FUZZ_TEST_TIMEOUT } from './fuzzHarness.ts';
import type { Outcome } from './fuzzHarness.ts';

/** Ways filters are dodged: on `javascript:` and on event attributes. */
const OBFUSCATIONS: Record<string, (html: string) => string> = {
  none: (h) => h,
  mixedCase: (h) =>
    h.replace(/javascript/gi, 'JaVaScRiPt').replace(/\bon([a-z]+)=/gi, (_, e: string) => `oN${e.toUpperCase()}=`),
  tab: (h) => h.replace(/javascript:/gi, 'java\tscript:'),
  newline: (h) => h.replace(/javascript:/gi, 'java\nscript:'),
  decimalEntity: (h) => h.replace(/javascript:/gi, '&#106;&#97;vascript&#58;'),
  hexEntity: (h) => h.replace(/javascript:/gi, '&#x6A;avascript&#x3A;'),
  leadingControl: (h) => h.replace(/(["'=])\s*javascript:/gi, '$1 \u000e javascript:'),
  nul: (h) => h.replace(/javascript:/gi, 'java\u0000script:'),
  slashBeforeEvent: (h) => h.replace(/\s(on[a-z]+=)/gi, '/$1'),
  linkWrap: (h) => `<a href="javascript:alert(2)">${h}</a>`,
};

/** The shapes clipboards give pasted content. */
const WRAPPERS: Record<string, (html: string) => string> = {
  bare: (h) => h,
  word: (h) =>
    `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset=utf-8><style>p.MsoNormal{margin:0}</style></head><body lang=EN-GB><!--StartFragment--><p class=MsoNormal>${h}</p><!--EndFragment--></body></html>`,
  googleDocs: (h) =>
    `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700;font-style:italic">${h}</span></p></b>`,
  tableCell: (h) => `<table><tr><td colspan="2">${h}</td></tr></table>`,
  listItem: (h) => `<ol start="3"><li>${h}</li></ol>`,
  footnote: (h) => `<p>Text<span data-footnote data-footnote-id="n1">${h}</span></p>`,
  heading: (h) => `<h2>${h}</h2>`,
};

const input = fc.record({
  parts: fc.array(
    fc.record({
      vector: fc.integer({ min: 0, max: XSS_VECTORS.length - 1 }),
      obfuscation: fc.constantFrom(...Object.keys(OBFUSCATIONS)),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  wrapper: fc.constantFrom(...Object.keys(WRAPPERS)),
  glue: fc.string({ maxLength: 12 }),
});
type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;

const htmlOf = (i: Input) =>
  WRAPPERS[i.wrapper]!(i.parts.map((p) => OBFUSCATIONS[p.obfuscation]!(XSS_VECTORS[p.vector]!.html)).join(i.glue));

let page: PastePage;
beforeAll(async () => {
  page = await openPastePage();
}, 60_000);
afterAll(async () => {
  await page?.close();
});

describe('fuzzing paste cleaning (in Chromium) with script-injection vectors', () => {
  it('the page notices script that runs: the raw vectors do run there', async () => {
    const ran = await page.raw(XSS_VECTORS.map((v) => v.html).join(''));
    expect(ran.length).toBeGreaterThan(0);
  });

  it('every published vector, cleaned, runs nothing and leaves no script in the document or its exports', async () => {
    const content: unknown[] = [];
    for (const { html } of XSS_VECTORS) {
      const result = await page.paste(html);
      expect({ html, executed: result.executed, hazards: result.hazards }).toEqual({ html, executed: [], hazards: [] });
      content.push(...((result.doc as { content?: unknown[] }).content ?? []));
    }
    // One document holding what every vector left, through every export.
    expect(await exportHazards({ type: 'doc', content })).toEqual([]);
  }, 120_000);

  it(
    'mutated, combined and wrapped vectors: nothing runs, no javascript: or event attribute survives',
    async () => {
      const report = await fuzz(
        'paste-cleaning',
        input,
        async (i): Promise<Outcome> => {
          const result = await page.paste(htmlOf(i));
          const problems = [...result.executed, ...result.hazards, ...(await exportHazards(result.doc))];
          if (problems.length) throw new Error(`${problems.join('; ')}\ncleaned: ${result.cleaned.slice(0, 300)}`);
          // Every input is hostile: cleaning it is a rejection of its script, whatever text remains.
          return 'rejected';
        },
        (i) => htmlOf(i).slice(0, 100),
      );
      expect(report.failure).toBeNull();
      expect(report.inputs).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT,
  );
});
