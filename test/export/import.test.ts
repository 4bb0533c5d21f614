import fs from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { importDocx } from '../../shared/import/importDocx.ts';
import { importMarkdown } from '../../shared/import/importMarkdown.ts';
import { importedToYDoc } from '../../shared/import/importedToYDoc.ts';
import { describeDropped, ImportError } from '../../shared/import/importTypes.ts';
import { documentSchema } from '../../shared/schema/schema.ts';
import { BODY_FIELD } from '../../shared/schema/extensions.ts';
import { readMeta } from '../../shared/model/documentMeta.ts';
import { encryptedZip, garbledDocx, lyingBomb, oleFile, ratioBomb } from '../fixtures/badFiles.ts';
import { duplicateParts, para, smuggledDocx, wordParts } from '../fixtures/zipSmuggler.ts';
import { headingsOf, linksOf, nodesOf } from './treeQueries.ts';

const SAMPLE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/docx/libreoffice-sample.docx');

describe('DOCX import of a file made by LibreOffice', async () => {
  const imported = await importDocx(new Uint8Array(fs.readFileSync(SAMPLE)), 'libreoffice-sample');
  const doc = importedToYDoc(imported, new Date('2026-01-02T03:04:05Z'));
  const body = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BODY_FIELD), documentSchema());

  it('keeps headings, the list, the table, the footnote, the link and emphasis', () => {
    expect(headingsOf(body)).toEqual([
      { level: 1, text: 'Introduction' },
      { level: 2, text: 'Key messages' },
      { level: 2, text: 'Progress by objective' },
      { level: 1, text: 'Recommendations' },
    ]);
    expect(nodesOf(body, 'bulletList')[0]?.childCount).toBe(3);
    expect(nodesOf(body, 'tableHeader').map((c) => c.textContent)).toEqual(['Objective', 'Assessment']);
    expect(nodesOf(body, 'tableRow').length).toBe(3);
    expect(nodesOf(body, 'footnote').map((n) => n.textContent)).toEqual(['A/RES/73/195, para 49.']);
    expect(linksOf(body)).toEqual(['https://migrationnetwork.un.org/']);
    expect(body.textContent).toContain('twelve organisations');
    const bold = nodesOf(body, 'text').find((t) => t.marks.some((m) => m.type.name === 'bold'));
    expect(bold?.text).toBe('twelve organisations');
  });

  it('takes the title from the file, keeps its image, and makes a new document', () => {
    expect(imported.title).toBe('Civil society input to the 2026 Forum');
    expect(imported.dropped).toEqual({});
    expect(describeDropped(imported.dropped)).toBe('Nothing was dropped.');
    // Its one image (a PNG) is kept, as a reference to the bytes the import carries.
    const [image] = nodesOf(body, 'image');
    expect(imported.images?.map((i) => [i.type, i.hash])).toEqual([['png', image?.attrs.blob]]);
    expect(readMeta(doc)).toMatchObject({
      title: imported.title,
      status: 'draft',
      createdAt: '2026-01-02T03:04:05.000Z',
    });
  });
});

describe('DOCX import of a file without a title of its own', () => {
  it('is titled after its first heading, not its file name', async () => {
    const heading = (text: string) =>
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const parts = wordParts(para('Submitted by twelve organisations.') + heading('Shadow report: Ruritania 2028'));
    const styles = strToU8(
      '<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>',
    );
    const imported = await importDocx(zipSync({ ...parts, 'word/styles.xml': styles }), 'report');
    expect(imported.title).toBe('Shadow report: Ruritania 2028');
    expect(await importDocx(zipSync(wordParts(para('No heading here.'))), 'report')).toMatchObject({ title: 'report' });
  });
});

describe('DOCX import refuses files that are not what they claim', () => {
  const refuses = async (bytes: Uint8Array, message: RegExp) => {
    const err = await importDocx(bytes, 'x').then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toMatch(message);
  };

  it('a password-protected file or an old .doc (OLE compound file)', () =>
    refuses(oleFile(), /password-protected or an old \.doc/));
  it('a zip bomb, from its directory, before inflating', () => refuses(ratioBomb(), /zip bomb/));
  it('a zip whose directory lies about its sizes', () => refuses(lyingBomb(), /more data than it declares/));
  it('a zip with encrypted parts', () => refuses(encryptedZip(), /password-protected/));
  it('a truncated file', () => refuses(fs.readFileSync(SAMPLE).subarray(0, 3000), /damaged/));
  it('a zip whose Word part is not XML', () => refuses(garbledDocx(), /damaged/));
  it('a zip whose end record points to one directory and its offsets to another', async () => {
    // Checked directory: a harmless document. The directory before the end record (what JSZip in
    // mammoth read, taking the difference for prepended data): 1.2 MB of empty paragraphs, which
    // compress 600 times (a bomb the guard would refuse, had it seen it), and a marker.
    const harmless = { ...wordParts(para('Harmless text.')), 'docProps/padding.xml': new Uint8Array(8000) };
    const hidden = wordParts(para('HIDDEN PAYLOAD') + '<w:p/>'.repeat(200_000));
    const bytes = smuggledDocx(harmless, hidden);
    expect(bytes.length).toBeLessThan(16 * 1024);
    await refuses(bytes, /damaged/);
  });
  it('a zip that names one part twice', () => refuses(duplicateParts(), /names one part twice/));
  it('a file of another kind', async () => {
    await refuses(new TextEncoder().encode('# Markdown, not Word'), /not a Word document/);
    await refuses(new TextEncoder().encode('%PDF-1.7 ...'), /PDF/);
  });
});

describe('Markdown import', () => {
  it('drops raw HTML and images, never runs or keeps scripts, and refuses unsafe links', () => {
    const md =
      '# Title\n\n<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> and [bad](javascript:alert(1)) and <a href="javascript:alert(2)">x</a>.\n\n![photo](p.png)\n';
    const imported = importMarkdown(new TextEncoder().encode(md), 'notes');
    const json = JSON.stringify(imported.doc);
    expect(json).not.toMatch(/<script|onerror|alert\(2\)/);
    expect(nodesOf(documentSchema().nodeFromJSON(imported.doc), 'text').some((t) => t.marks.length > 0)).toBe(false);
    expect(imported.dropped).toEqual({ 'HTML block': 1, 'inline HTML tag': 3, image: 1 });
    expect(imported.title).toBe('Title');
  });

  it('titles a report after its first heading, not its file name, unless its front matter names it', () => {
    const md = '# Shadow report: Ruritania 2028\n\nOur findings.\n\n## Objective 13\n\nDetention.\n';
    const imported = importMarkdown(new TextEncoder().encode(md), 'report');
    expect(imported.title).toBe('Shadow report: Ruritania 2028');
    expect(headingsOf(documentSchema().nodeFromJSON(imported.doc))[0]).toEqual({
      level: 1,
      text: 'Shadow report: Ruritania 2028',
    });
    const fronted = importMarkdown(new TextEncoder().encode(`---\ntitle: "Ruritania 2028"\n---\n\n${md}`), 'report');
    expect(fronted.title).toBe('Ruritania 2028');
    expect(importMarkdown(new TextEncoder().encode('Only a paragraph.\n'), 'report').title).toBe('report');
  });

  it('refuses binary and Office files', () => {
    expect(() => importMarkdown(oleFile(), 'x')).toThrow(ImportError);
    expect(() => importMarkdown(new Uint8Array([0x66, 0xff, 0xfe, 0x00]), 'x')).toThrow(/not UTF-8/);
  });
});
