import { MARK } from './sentinels.ts';

/** The author and time of a tracked formatting change (`w:rPrChange`) on a run. */
export interface FormatChange {
  author: string;
  date: string;
}

const CHANGE = /<w:rPrChange\b([^>]*?)(?:\/>|>([\s\S]*?)<\/w:rPrChange>)/;
// Runs whose content is only text can be written twice (as before and after) without duplicating anything.
const TEXT_ONLY =
  /^(?:\s|<w:(?:tab|br|cr|noBreakHyphen|softHyphen|lastRenderedPageBreak)\b[^>]*\/>|<w:t\b[^>]*\/>|<w:t\b[^>]*>[^<]*<\/w:t>)*$/;

const markerRun = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const RUN_BOUNDARY = /<\/w:r>|<w:r[\s>/]/g;

/**
 * Where the run whose content starts at `from` closes, or -1 when another run opens first (or
 * none closes). It reads only up to the first run boundary, so scanning a part stays linear.
 */
export function runClose(xml: string, from: number): number {
  RUN_BOUNDARY.lastIndex = from;
  const m = RUN_BOUNDARY.exec(xml);
  return m && m[0] === '</w:r>' ? m.index : -1;
}

function attr(attrs: string, name: string): string {
  return new RegExp(`\\bw:${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';
}

/** The formatting Concord keeps (bold, italic, underline, strike) that run properties switch on. */
function concordFormatting(rPr: string): string {
  const on = (name: string) => {
    const m = new RegExp(`<w:${name}\\b([^>]*)>`).exec(rPr);
    if (!m) return false;
    const val = /w:val="([^"]*)"/.exec(m[1]!)?.[1];
    return name === 'u' ? val !== 'none' : !(val === 'false' || val === '0' || val === 'off');
  };
  return ['b', 'i', 'u', 'strike'].map(on).join();
}

interface SplitRun {
  before: string;
  after: string;
  change: FormatChange;
  visible: boolean;
}

/** A run with a tracked formatting change, written as it was before and as it is now; null for other runs. */
function splitRun(runXml: string): SplitRun | null {
  const m = /^<w:r\b([^>]*)>\s*<w:rPr>([\s\S]*)<\/w:rPr>([\s\S]*)<\/w:r>$/.exec(runXml);
  if (!m || !TEXT_ONLY.test(m[3]!)) return null;
  const [, runAttrs, rPr, content] = m;
  const change = CHANGE.exec(rPr!);
  if (!change) return null;
  const now = rPr!.replace(change[0], '');
  const old = /<w:rPr>([\s\S]*)<\/w:rPr>/.exec(change[2] ?? '')?.[1] ?? '';
  return {
    before: `<w:r${runAttrs}><w:rPr>${old}</w:rPr>${content}</w:r>`,
    after: `<w:r${runAttrs}><w:rPr>${now}</w:rPr>${content}</w:r>`,
    change: { author: attr(change[1]!, 'author'), date: attr(change[1]!, 'date') },
    visible: concordFormatting(old) !== concordFormatting(now),
  };
}

/**
 * Rewrites the run starting at `start` in `xml` (and the runs right after it with the same change)
 * when it carries a tracked formatting change Concord can show: the text as it was becomes a
 * deletion and the text as it is now an insertion by the same author at the same time, which is
 * how the editor records a formatting suggestion. `addRevision` returns the marker index of each.
 * Returns null (nothing rewritten) for other runs, so the change is reported as not kept.
 */
export function rewriteFormatChange(
  xml: string,
  start: number,
  addRevision: (kind: 'insertion' | 'deletion', change: FormatChange) => number,
): { xml: string; end: number } | null {
  const runs: SplitRun[] = [];
  let at = start;
  let end = start;
  for (;;) {
    const close = runClose(xml, at + 4);
    const run = close < 0 ? null : splitRun(xml.slice(at, close + 6));
    const first = runs[0]?.change;
    if (!run?.visible || (first && (first.author !== run.change.author || first.date !== run.change.date))) break;
    runs.push(run);
    at = end = close + 6;
    const gap = /^\s*(?=<w:r[\s>])/.exec(xml.slice(at, at + 200));
    if (!gap) break;
    at += gap[0].length;
  }
  if (runs.length === 0) return null;
  const change = runs[0]!.change;
  const deletion = addRevision('deletion', change);
  const insertion = addRevision('insertion', change);
  const out =
    markerRun(`${MARK.deletion}${deletion}${MARK.endArg}`) +
    runs.map((r) => r.before).join('') +
    markerRun(MARK.close) +
    markerRun(`${MARK.insertion}${insertion}${MARK.endArg}`) +
    runs.map((r) => r.after).join('') +
    markerRun(MARK.close);
  return { xml: out, end };
}
