import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { importDocx } from '../../shared/import/importDocx.ts';
import { importedToYDoc } from '../../shared/import/importedToYDoc.ts';
import { wordLanguageHints } from '../../shared/import/importLanguage.ts';
import { readBody } from '../../shared/model/body.ts';
import { readMeta } from '../../shared/model/documentMeta.ts';
import { blockDirection, foreignBlocks } from '../../shared/model/blockLanguage.ts';
import { textWithoutNotes } from '../../shared/export/documentPlan.ts';
import { headingsOf, nodesOf } from './treeQueries.ts';

// Made by LibreOffice 7.4 from libreoffice-arabic.fodt (make-libreoffice-docx.sh): right-to-left paragraphs
// (w:bidi in its styles), Arabic runs w:rtl, complex-script language ar-SA; committed, so LibreOffice is not needed here.
const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/docx/libreoffice-arabic.docx');

describe('an Arabic Word file written by LibreOffice', async () => {
  const bytes = new Uint8Array(fs.readFileSync(FILE));
  const imported = await importDocx(bytes, 'arabic');
  const doc = importedToYDoc(imported, new Date(), 'en');
  const body = readBody(doc);

  it('is what the fixture says it is: right to left and tagged Arabic by LibreOffice itself', () => {
    const files = unzipSync(bytes);
    const hints = wordLanguageHints(strFromU8(files['word/document.xml']!), strFromU8(files['word/styles.xml']!));
    expect(hints).toEqual({ declared: 'ar', rtlParagraphs: true });
    expect(strFromU8(files['docProps/app.xml']!)).toContain('LibreOffice');
  });

  it('becomes an Arabic document, whatever the interface language, with nothing to set', () => {
    expect(imported.language).toBe('ar');
    expect(readMeta(doc)).toMatchObject({
      language: 'ar',
      title: 'إسهام المجتمع المدني في منتدى استعراض الهجرة الدولية 2026',
    });
    // Every block reads right to left in an Arabic document: none needs a direction of its own.
    expect(foreignBlocks(body, 'ar').filter((f) => f.dir)).toEqual([]);
    for (const p of nodesOf(body, 'paragraph')) expect(blockDirection(p, 'ltr')).toBe('rtl');
  });

  it('keeps the text: headings, paragraphs with digits and Latin names, the list, the table and the note', () => {
    expect(headingsOf(body).map((h) => h.text)).toEqual(['مقدمة', 'الرسائل الرئيسية', 'التوصيات']);
    const paragraphs = nodesOf(body, 'paragraph').map(textWithoutNotes);
    expect(paragraphs).toContain(
      'يقدّم هذا الإسهام ائتلاف من اثنتي عشرة منظمة تعمل مع المهاجرين في المنطقة العربية. ويستند إلى توجيهات شبكة الأمم المتحدة المعنية بالهجرة (UN Network on Migration).',
    );
    expect(paragraphs).toContain('ينبغي للدول أن تقدّم تقارير عن التقدم المحرز قبل انعقاد المنتدى في أيار/مايو 2026.');
    expect(nodesOf(body, 'bulletList')[0]?.childCount).toBe(3);
    expect(nodesOf(body, 'tableHeader').map((c) => c.textContent)).toEqual(['الهدف', 'التقييم']);
    expect(nodesOf(body, 'footnote').map((n) => n.textContent)).toEqual(['القرار A/RES/73/195، الفقرة 49.']);
    const bold = nodesOf(body, 'text').find((t) => t.marks.some((m) => m.type.name === 'bold'));
    expect(bold?.text).toBe('اثنتي عشرة منظمة');
  });
});
