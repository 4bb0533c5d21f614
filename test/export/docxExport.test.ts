import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { generateReport, reportToYDoc } from '../fixtures/reportFixture.ts';
import { snapshotExportModel } from '../../shared/export/exportModel.ts';
import { resolveExportOptions } from '../../shared/export/exportOptions.ts';
import { renderDocx } from '../../shared/export/docx/renderDocx.ts';
import { importDocx } from '../../shared/import/importDocx.ts';

const count = (xml: string, pattern: RegExp) => xml.match(pattern)?.length ?? 0;

describe('DOCX export of a 50-page report', async () => {
  const report = generateReport({ pages: 50 });
  const model = snapshotExportModel(reportToYDoc(report), {
    coalition: 'Coalition for Migrant Rights',
    signatories: [{ organisation: 'Endorsing Org', status: 'endorsed' }],
    date: '4 May 2026',
  });
  const bytes = await renderDocx(model, resolveExportOptions(model.meta, {}));
  const files = unzipSync(bytes);
  const documentXml = strFromU8(files['word/document.xml']!);

  it('uses the built-in heading styles, one paragraph per heading', () => {
    for (const level of [1, 2, 3] as const) {
      expect(count(documentXml, new RegExp(`<w:pStyle w:val="Heading${level}"/>`, 'g'))).toBe(
        report.headings.filter((h) => h.level === level).length,
      );
    }
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toMatch(/w:styleId="Heading1"/);
  });

  it('has a cover page, a TOC field that Word updates on opening, header and "page X of Y" footer', () => {
    expect(documentXml).toContain('Coalition for Migrant Rights');
    expect(documentXml).toContain('Endorsing Org');
    expect(documentXml).toMatch(/TOC \\h \\o &quot;1-3&quot;|TOC \\o &quot;1-3&quot; \\h/);
    expect(strFromU8(files['word/settings.xml']!)).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
    const footers = Object.keys(files)
      .filter((f) => /^word\/footer\d+\.xml$/.test(f))
      .map((f) => strFromU8(files[f]!));
    expect(footers.some((f) => f.includes('NUMPAGES') && f.includes('PAGE'))).toBe(true);
    expect(documentXml).toContain('<w:titlePg/>');
  });

  it('writes every footnote as a Word footnote', () => {
    const footnotes = strFromU8(files['word/footnotes.xml']!);
    const ids = [...footnotes.matchAll(/<w:footnote [^>]*w:id="(\d+)"/g)]
      .map((m) => Number(m[1]))
      .filter((id) => id > 0);
    expect(ids.length).toBe(report.footnotes.length);
    expect(report.footnotes.filter((note) => !footnotes.includes(note))).toEqual([]);
    expect(count(documentXml, /<w:footnoteReference /g)).toBe(report.footnotes.length);
  });

  it('writes tables with repeating header rows, real list and paragraph numbering, and links', () => {
    expect(count(documentXml, /<w:tbl>/g)).toBe(report.tables);
    expect(count(documentXml, /<w:tblHeader\/>/g)).toBeGreaterThanOrEqual(report.tables);
    const numbering = strFromU8(files['word/numbering.xml']!);
    expect(numbering).toContain('w:val="bullet"');
    expect(numbering).toContain('w:val="decimal"');
    expect(count(documentXml, /<w:numPr>/g)).toBeGreaterThan(100);
    expect(strFromU8(files['word/_rels/document.xml.rels']!)).toContain('https://migrationnetwork.un.org/hub');
    expect(documentXml).toContain('<w:hyperlink ');
  });

  it('reads back with mammoth: headings, footnotes and tables survive', async () => {
    const back = await importDocx(bytes, 'x');
    const all: { type: string; content?: unknown[] }[] = [];
    const walk = (n: { type: string; content?: unknown[] }) => {
      all.push(n);
      for (const c of (n.content ?? []) as { type: string }[]) walk(c);
    };
    walk(back.doc);
    expect(back.title).toBe(report.meta.title);
    expect(all.filter((n) => n.type === 'heading').length).toBe(report.headings.length);
    expect(all.filter((n) => n.type === 'footnote').length).toBe(report.footnotes.length);
    expect(all.filter((n) => n.type === 'table').length).toBe(report.tables);
  });
});
