import { reportToYDoc, generateReport } from '../../test/fixtures/reportFixture.ts';
import type { ReportFixture } from '../../test/fixtures/reportFixture.ts';
import type * as Y from 'yjs';

const cache = new Map<number, ReportFixture>();

/** The deterministic report fixture of `pages` pages (about 400 words a page), generated once per run. */
export function report(pages: number): ReportFixture {
  let r = cache.get(pages);
  if (!r) cache.set(pages, (r = generateReport({ pages })));
  return r;
}

/** A fresh document Y.Doc holding the report of `pages` pages. */
export function reportDoc(pages: number): Y.Doc {
  return reportToYDoc(report(pages));
}
