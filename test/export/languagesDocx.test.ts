import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { reportToYDoc } from '../fixtures/reportFixture.ts';
import type { PMJson } from '../fixtures/reportFixture.ts';
import { sampleNotes, sampleParagraphs, sampleReportDoc } from '../fixtures/languages/sampleReport.ts';
import { ARABIC_REPORT } from '../fixtures/languages/arabicReport.ts';
import { CHINESE_REPORT } from '../fixtures/languages/chineseReport.ts';
import { RUSSIAN_REPORT } from '../fixtures/languages/russianReport.ts';
import { snapshotExportModel } from '../../shared/export/exportModel.ts';
import { resolveExportOptions } from '../../shared/export/exportOptions.ts';
import { renderDocx } from '../../shared/export/docx/renderDocx.ts';
import { renderMarkdown } from '../../shared/export/markdown/renderMarkdown.ts';
import { renderPrintHtml } from '../../shared/export/html/renderPrintHtml.ts';
import { importDocx } from '../../shared/import/importDocx.ts';
import { importMarkdown } from '../../shared/import/importMarkdown.ts';
import { importedToYDoc } from '../../shared/import/importedToYDoc.ts';
import { readBody } from '../../shared/model/body.ts';
import { readMeta } from '../../shared/model/documentMeta.ts';
import { textWithoutNotes } from '../../shared/export/documentPlan.ts';
import { headingsOf, nodesOf } from './treeQueries.ts';

const ARABIC = /\p{Script=Arabic}/u;
const ARABIC_PARAGRAPH = sampleParagraphs(ARABIC_REPORT)[1]!;
const CHINESE_PARAGRAPH = sampleParagraphs(CHINESE_REPORT)[1]!;

/** Each `<w:p>` of a part with its properties and runs, each run with its properties and text. */
function wordParagraphs(xml: string) {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((p) => {
    const body = p[1]!;
    const runs = [...body.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)].map((r) => ({
      props: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(r[1]!)?.[1] ?? '',
      text: [...r[1]!.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    }));
    return { props: /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '', runs, text: runs.map((r) => r.text).join('') };
  });
}

async function exported(
  doc: { doc: PMJson; meta: Parameters<typeof reportToYDoc>[0]['meta'] },
  coalition = 'Coalition',
) {
  const model = snapshotExportModel(reportToYDoc(doc), { coalition, date: '2026-05-04' });
  const bytes = await renderDocx(model, resolveExportOptions(model.meta, {}));
  const files = unzipSync(bytes);
  return {
    model,
    bytes,
    document: strFromU8(files['word/document.xml']!),
    styles: strFromU8(files['word/styles.xml']!),
    files,
  };
}

describe.each([ARABIC_REPORT, CHINESE_REPORT, RUSSIAN_REPORT])(
  'the $language sample report as Word',
  async (report) => {
    const { bytes, document, styles, files } = await exported(sampleReportDoc(report), report.coalition);

    it('sets the document default languages and a font for each character set', () => {
      const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
      const latin = { ar: 'en-GB', zh: 'en-GB', ru: 'ru-RU' }[report.language as 'ar' | 'zh' | 'ru'];
      expect(defaults).toContain(`<w:lang w:val="${latin}" w:eastAsia="zh-CN" w:bidi="ar-SA"/>`);
      expect(defaults).toMatch(/<w:rFonts [^>]*w:cs="Times New Roman"[^>]*w:eastAsia="SimSun"/);
    });

    it('lays out right to left exactly the Arabic paragraphs, marks Arabic runs, and mirrors the section', () => {
      const paragraphs = wordParagraphs(document).filter((p) => p.text.trim());
      const rtl = report.language === 'ar';
      for (const p of paragraphs) {
        const starts = /\p{L}/u.exec(p.text)?.[0] ?? '';
        if (ARABIC.test(starts)) expect(p.props, p.text).toContain('<w:bidi/>');
        if (/\p{Script=Latin}|\p{Script=Cyrillic}|\p{Script=Han}/u.test(starts))
          expect(p.props, p.text).not.toContain('<w:bidi/>');
        for (const run of p.runs.filter((r) => /\p{L}/u.test(r.text))) {
          expect(run.props.includes('<w:rtl/>'), run.text).toBe(ARABIC.test(run.text));
        }
      }
      expect(/<w:sectPr\b[\s\S]*?<w:bidi\/>[\s\S]*?<\/w:sectPr>/.test(document)).toBe(rtl);
      expect(document.includes('<w:bidiVisual/>')).toBe(rtl);
      const footers = Object.keys(files)
        .filter((f) => /^word\/footer\d+\.xml$/.test(f))
        .map((f) => strFromU8(files[f]!));
      const page = { ar: 'الصفحة ', zh: '第 ', ru: 'стр. ' }[report.language as 'ar' | 'zh' | 'ru'];
      expect(footers.some((f) => f.includes(page) && f.includes('NUMPAGES'))).toBe(true);
    });

    it('comes back through import with its language, headings, paragraphs, cells and notes', async () => {
      const imported = await importDocx(bytes, 'report');
      expect(imported.language).toBe(report.language);
      const doc = importedToYDoc(imported);
      expect(readMeta(doc).language).toBe(report.language);
      const body = readBody(doc);
      expect(headingsOf(body).map((h) => h.text)).toEqual(report.sections.map((s) => s.heading));
      // textWithoutNotes folds white space (the no-break space of "1 240" too); so does the expectation.
      const texts = nodesOf(body, 'paragraph').map(textWithoutNotes);
      for (const p of sampleParagraphs(report)) expect(texts).toContain(p.replace(/\s+/g, ' '));
      expect(nodesOf(body, 'footnote').map((n) => n.textContent)).toEqual(sampleNotes(report));
      const table = report.sections.flatMap((s) => s.blocks.flatMap((b) => ('table' in b ? b.table.flat() : [])));
      const cells = [...nodesOf(body, 'tableHeader'), ...nodesOf(body, 'tableCell')].map((c) => c.textContent);
      expect(cells.sort()).toEqual([...table].sort());
    });
  },
);

describe('a block in another language than its document', async () => {
  const text = (t: string): PMJson => ({ type: 'text', text: t });
  const { document, model } = await exported({
    doc: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [text('The coalition submitted its report to the forum in May.')] },
        { type: 'paragraph', content: [text(ARABIC_PARAGRAPH)] },
        { type: 'paragraph', content: [text(CHINESE_PARAGRAPH)] },
      ],
    } as PMJson,
    meta: { title: 'Mixed', language: 'en' },
  });

  it('carries its own direction and language tag in Word, and nothing for the rest', () => {
    const [english, arabic, chinese] = wordParagraphs(document).filter((p) => p.text.length > 20);
    expect(english!.props).not.toContain('<w:bidi/>');
    expect(english!.runs[0]!.props).not.toContain('<w:lang');
    expect(arabic!.props).toContain('<w:bidi/>');
    expect(arabic!.runs[0]!.props).toMatch(
      /<w:rtl\/>[\s\S]*<w:lang w:bidi="ar-SA"\/>|<w:lang w:bidi="ar-SA"\/>[\s\S]*<w:rtl\/>/,
    );
    expect(chinese!.runs[0]!.props).toContain('<w:lang w:eastAsia="zh-CN"/>');
  });

  it('carries dir and lang in HTML only where they differ from the page', () => {
    const html = renderPrintHtml(model, resolveExportOptions(model.meta, {}));
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain(`<p dir="rtl" lang="ar">${ARABIC_PARAGRAPH}</p>`);
    expect(html).toContain(`<p lang="zh">${CHINESE_PARAGRAPH}</p>`);
    expect(html).toContain('<p>The coalition submitted');
  });
});

describe('Markdown and HTML of an Arabic report', () => {
  const model = snapshotExportModel(reportToYDoc(sampleReportDoc(ARABIC_REPORT)));

  it('Markdown says lang and dir in its front matter and comes back Arabic with the same text', () => {
    const md = renderMarkdown(model);
    expect(md).toMatch(/^---\n[\s\S]*\nlang: ar\ndir: rtl\n---\n/);
    const imported = importMarkdown(new TextEncoder().encode(md), 'report');
    expect(imported.language).toBe('ar');
    const body = readBody(importedToYDoc(imported));
    const texts = nodesOf(body, 'paragraph').map(textWithoutNotes);
    for (const p of sampleParagraphs(ARABIC_REPORT)) expect(texts).toContain(p);
  });

  it('an Arabic Markdown file without front matter is recognised as Arabic', () => {
    const plain = sampleParagraphs(ARABIC_REPORT).join('\n\n');
    expect(importMarkdown(new TextEncoder().encode(plain), 'notes').language).toBe('ar');
  });

  it('the reading HTML is right to left in Arabic', () => {
    const html = renderPrintHtml(model, resolveExportOptions(model.meta, {}));
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<p class="toc-title" id="toc-title">المحتويات</p>');
    expect(html).not.toMatch(/<p[^>]* dir="rtl"/);
  });
});
