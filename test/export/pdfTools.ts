import { execFileSync } from 'node:child_process';

/** Debian packages these helpers need: poppler-utils (pdftotext, pdfinfo, pdffonts) and qpdf. */
function run(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is missing: apt-get install -y poppler-utils qpdf`);
    throw err;
  }
}

/** The text of each page (pdftotext -layout), index 0 = page 1. */
export function pdfPagesText(file: string): string[] {
  const pages = run('pdftotext', ['-layout', file, '-']).split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** The text in reading order (pdftotext without -layout), which rebuilds right-to-left lines in logical order. */
export function pdfReadingText(file: string): string {
  return run('pdftotext', [file, '-']);
}

/** pdfinfo's fields ("Pages", "Page size", "Tagged", "Title"...). */
export function pdfInfo(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!.trim()] = m[2]!.trim();
  }
  return out;
}

/** Each font's name and whether it is embedded (pdffonts). */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type... encoding emb sub uni object ID: emb is the fifth column from the end.
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
}

interface OutlineItem {
  title: string;
  destpageposfrom1?: number;
  kids: OutlineItem[];
}

/** The PDF outline (bookmarks) flattened in reading order, with target pages (qpdf --json). */
export function pdfOutline(file: string): { title: string; page: number | undefined; depth: number }[] {
  const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=outlines', file])) as { outlines: OutlineItem[] };
  const out: { title: string; page: number | undefined; depth: number }[] = [];
  const walk = (items: OutlineItem[], depth: number) => {
    for (const item of items) {
      out.push({ title: item.title, page: item.destpageposfrom1, depth });
      walk(item.kids, depth + 1);
    }
  };
  walk(json.outlines, 0);
  return out;
}

/** Every link target (URI action) in the PDF. */
export function pdfLinkTargets(file: string): string[] {
  const json = run('qpdf', ['--json=2', file]);
  return [...json.matchAll(/"\/URI":\s*"u:([^"]*)"/g)].map((m) => m[1]!);
}

/**
 * The alt text of each figure in the PDF's tagged structure (a `/Figure` structure element's `/Alt`),
 * for those whose parents lead up to the document's structure tree root (qpdf --json decodes the
 * strings, whatever their encoding).
 */
export function pdfFigureAlts(file: string): string[] {
  type Value = Record<string, unknown>;
  const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', file])) as {
    qpdf: [unknown, Record<string, { value?: Value }>];
  };
  const objects = json.qpdf[1];
  const object = (ref: unknown): Value | undefined =>
    typeof ref === 'string' ? objects[`obj:${ref}`]?.value : undefined;
  const inTree = (element: Value): boolean => {
    let node: Value | undefined = element;
    for (let depth = 0; node && depth < 100; depth++) {
      if (node['/Type'] === '/StructTreeRoot') return true;
      node = object(node['/P']);
    }
    return false;
  };
  return Object.values(objects).flatMap(({ value }) =>
    value?.['/S'] === '/Figure' && typeof value['/Alt'] === 'string' && inTree(value)
      ? [(value['/Alt'] as string).replace(/^u:/, '')]
      : [],
  );
}

/** Collapses white space, for finding text that wraps across lines. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A word on a page with its box in points (pdftotext -bbox); right-to-left words come in visual order. */
export interface PdfWord {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** The words of one page (1-based) with their positions. */
export function pdfWords(file: string, page: number): PdfWord[] {
  const html = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]! }));
}

/**
 * Only the letters and digits of a text, in order, as a reader would check it: Unicode-compatible forms
 * folded (Arabic presentation forms), bidi controls, vowel marks, spaces and punctuation left out.
 * pdftotext rebuilds right-to-left lines with spaces and marks slightly misplaced; the letters are what
 * must come back.
 */
export function letters(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}
