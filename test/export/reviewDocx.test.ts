import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type * as Y from 'yjs';
import { REVIEW, reviewDoc } from '../fixtures/reviewFixture.ts';
import { snapshotExportModel } from '../../shared/export/exportModel.ts';
import type { ExportModel } from '../../shared/export/exportModel.ts';
import { resolveExportOptions } from '../../shared/export/exportOptions.ts';
import { renderDocx } from '../../shared/export/docx/renderDocx.ts';
import { importDocx } from '../../shared/import/importDocx.ts';
import { importedToYDoc } from '../../shared/import/importedToYDoc.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-review-docx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const model = snapshotExportModel(reviewDoc());
const docx = await renderDocx(model, resolveExportOptions(model.meta));
const files = unzipSync(docx);
const documentXml = strFromU8(files['word/document.xml']!);
const commentsXml = strFromU8(files['word/comments.xml']!);

/** Suggestions as the body shows them: kind, text, and the author from the metadata. */
function suggestionsOf(m: ExportModel): Array<{ kind: string; text: string; author: string }> {
  const out: Array<{ kind: string; text: string; author: string }> = [];
  m.body.descendants((node) => {
    const mark = node.marks.find((k) => k.type.name === 'insertion' || k.type.name === 'deletion');
    if (node.isText && mark)
      out.push({
        kind: mark.type.name,
        text: node.text ?? '',
        author: m.suggestions[String(mark.attrs.id)]?.authorName ?? '?',
      });
    return true;
  });
  return out;
}

/** Comment threads as a reader sees them: the text they are on, who wrote what. */
function threadsOf(m: ExportModel) {
  return m.comments
    .filter((c) => !c.resolved)
    .map((c) => ({
      quote: m.body.textBetween(c.from, c.to),
      messages: c.messages.map((x) => ({ author: x.authorName, text: x.text })),
    }));
}

const expectedThreads = [
  {
    quote: REVIEW.open.quote,
    messages: [
      { author: REVIEW.open.author, text: REVIEW.open.text },
      { author: REVIEW.open.reply.author, text: REVIEW.open.reply.text },
    ],
  },
];
const expectedSuggestions = [
  { kind: 'insertion', text: REVIEW.inserted.text, author: REVIEW.inserted.author },
  { kind: 'deletion', text: REVIEW.deleted.text, author: REVIEW.deleted.author },
];

describe('DOCX export of comments and suggestions', () => {
  it('writes open threads as Word comments with author and date, replies threaded, ranges around the text', () => {
    const comments = [...commentsXml.matchAll(/<w:comment w:id="(\d+)"[^>]*w:author="([^"]*)" w:date="([^"]*)"/g)].map(
      (m) => ({ id: m[1], author: m[2], date: m[3] }),
    );
    expect(comments.map((c) => c.author)).toEqual([REVIEW.open.author, REVIEW.open.reply.author]);
    expect(comments[0]!.date).toMatch(/^2026-05-06T08:00:00/);
    expect(commentsXml).toContain('Every four years is too slow; say &quot;every two years&quot;.');
    expect(commentsXml).not.toContain(REVIEW.resolved.text);
    expect(strFromU8(files['word/commentsExtended.xml']!)).toMatch(/w15:paraIdParent="/);
    expect(documentXml).toMatch(
      /<w:commentRangeStart w:id="0"\/><w:commentRangeStart w:id="1"\/><w:r><w:t xml:space="preserve">reviews progress<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/>/,
    );
    expect(documentXml.match(/<w:commentReference w:id="\d+"\/>/g)?.length).toBe(2);
  });

  it('writes suggestions as tracked changes: w:ins and w:del with author and date', () => {
    expect(documentXml).toMatch(
      /<w:ins w:id="\d+" w:author="Ana Ortiz \(FIDH\)" w:date="2026-05-04T09:30:00Z"><w:r><w:t xml:space="preserve">expand <\/w:t><\/w:r><\/w:ins>/,
    );
    expect(documentXml).toMatch(
      /<w:del w:id="\d+" w:author="Ben Kaya \(PICUM\)" w:date="2026-05-05T14:00:00Z"><w:r><w:delText xml:space="preserve">where possible<\/w:delText><\/w:r><\/w:del>/,
    );
    const ids = [...documentXml.matchAll(/<w:(?:ins|del|commentRangeStart) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('prints only endorsed organisations on the cover', () => {
    for (const name of REVIEW.endorsed) expect(documentXml).toContain(`>${name}<`);
    for (const name of REVIEW.notEndorsed) expect(documentXml).not.toContain(name);
  });

  it('a round trip through import gives back the same comments and suggestions', async () => {
    const imported = await importDocx(docx, 'fallback');
    expect(imported.dropped).toEqual({});
    const back = snapshotExportModel(importedToYDoc(imported));
    expect(threadsOf(back)).toEqual(expectedThreads);
    expect(suggestionsOf(back)).toEqual(expectedSuggestions);
    expect(Object.values(back.suggestions).map((s) => s.createdAt)).toEqual([
      REVIEW.inserted.createdAt,
      REVIEW.deleted.createdAt,
    ]);
    expect(back.body.textContent).toContain(
      `States should ${REVIEW.inserted.text}regular pathways ${REVIEW.deleted.text} for all migrants.`,
    );
  });

  it('keeps a thread whose text was deleted, at a point, saying what it was on', async () => {
    const doc = reviewDoc();
    const paragraph = doc.getXmlFragment('body').get(2) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).delete('The forum '.length, REVIEW.open.quote.length);
    const orphaned = snapshotExportModel(doc);
    expect(orphaned.comments.find((c) => !c.resolved)).toMatchObject({ orphaned: true, quote: REVIEW.open.quote });
    const parts = unzipSync(await renderDocx(orphaned, resolveExportOptions(orphaned.meta)));
    expect(strFromU8(parts['word/comments.xml']!)).toContain(
      `On text no longer in the document: “${REVIEW.open.quote}”`,
    );
    expect(strFromU8(parts['word/document.xml']!)).toMatch(
      /<w:commentRangeStart w:id="0"\/><w:commentRangeStart w:id="1"\/><w:commentRangeEnd w:id="0"\/>/,
    );
  });

  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  it.skipIf(soffice.status !== 0)(
    'imports the same file after a word processor rewrote it (LibreOffice: no reply threading)',
    async () => {
      const input = path.join(dir, 'review.docx');
      fs.writeFileSync(input, docx);
      const profile = `file://${path.join(dir, 'profile')}`;
      const run = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'docx:MS Word 2007 XML',
          '--outdir',
          path.join(dir, 'lo'),
          input,
        ],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      const back = snapshotExportModel(
        importedToYDoc(await importDocx(new Uint8Array(fs.readFileSync(path.join(dir, 'lo', 'review.docx'))), 'x')),
      );
      expect(suggestionsOf(back)).toEqual(expectedSuggestions);
      // Without commentsExtended.xml each Word comment is its own thread, on the same text.
      const threads = threadsOf(back);
      expect(threads.map((t) => t.quote)).toEqual([REVIEW.open.quote, REVIEW.open.quote]);
      expect(threads.flatMap((t) => t.messages).sort((a, b) => a.author.localeCompare(b.author))).toEqual(
        expectedThreads[0]!.messages,
      );
    },
    120_000,
  );
});
