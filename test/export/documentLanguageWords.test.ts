// The words an export adds (cover, contents, page numbers, closing sections, the milestone and its
// note, the date) follow the DOCUMENT's language, through the real command line, in PDF (pdftotext)
// and Word: a French and an Arabic document, exported by a command line that speaks English.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { strFromU8, unzipSync } from 'fflate';
import { reviewDoc } from '../fixtures/reviewFixture.ts';
import { encodeConcordFile } from '../../shared/file/concordFile.ts';
import { writeMeta } from '../../shared/model/documentMeta.ts';
import { documentDate } from '../../shared/i18n/documentDate.ts';
import { fr } from '../../shared/i18n/catalogues/fr.ts';
import { ar } from '../../shared/i18n/catalogues/ar.ts';
import { defaultMilestone } from '../../shared/domain/cycles.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { letters, pdfPagesText } from './pdfTools.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-document-words-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const MILESTONE = 'imrf-2026.accreditation'; // unconfirmed, so its note goes into the closing section

/** What the same export says in English; the milestone's shipped English title and note too. */
const ENGLISH = [
  'Prepared for',
  'Endorsed by',
  'About the facts',
  defaultMilestone(MILESTONE)!.title,
  defaultMilestone(MILESTONE)!.unconfirmedNote!,
];

const CASES = [
  {
    language: 'fr' as const,
    words: ['Avec le soutien de', 'Commentaires', 'À propos des faits présentés dans ce document', 'page 2 sur'],
    milestone: fr[`roadmapData.${MILESTONE}.title`],
    note: fr[`roadmapData.${MILESTONE}.note`],
  },
  {
    language: 'ar' as const,
    words: ['بتأييد من', 'التعليقات', 'بشأن الوقائع الواردة في هذه الوثيقة', 'الصفحة 2 من'],
    milestone: ar[`roadmapData.${MILESTONE}.title`],
    note: ar[`roadmapData.${MILESTONE}.note`],
  },
];

/** Exports the review fixture, written in `language` and prepared for the milestone, with the CLI. */
function exportIn(language: Locale, format: 'pdf' | 'docx'): string {
  const doc = reviewDoc();
  writeMeta(doc, { language, milestoneId: MILESTONE });
  const input = path.join(dir, `${language}.concord`);
  const header = { docId: `words-${language}`, title: 'Words', savedAt: '2026-05-01T00:00:00Z', app: 'test' };
  fs.writeFileSync(input, encodeConcordFile(header, Y.encodeStateAsUpdate(doc)));
  const out = path.join(dir, `${language}.${format}`);
  const args = ['export', input, '--format', format, '--out', out, '--comments', '--confidence-note', '--force'];
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/concord.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, LANG: 'en_GB.UTF-8' },
  });
  expect(run.status, run.stderr).toBe(0);
  return out;
}

describe.each(CASES)('a document in $language, exported by an English command line', (c) => {
  // Today as the document's language writes it; either side of midnight, should the export straddle it.
  const today = () => documentDate(new Date(), c.language);

  it('prints its cover, closing sections and page numbers in its language (PDF, pdftotext)', () => {
    const before = today();
    // Lower case: the cover sets some of its words in capitals.
    const text = letters(pdfPagesText(exportIn(c.language, 'pdf')).join('\n')).toLowerCase();
    const find = (words: string) => letters(words).toLowerCase();
    for (const words of [...c.words, c.milestone, c.note]) expect(text, words).toContain(find(words));
    expect([before, today()].some((date) => text.includes(find(date)))).toBe(true);
    for (const english of ENGLISH) expect(text).not.toContain(find(english));
  });

  it('writes the same words into Word', () => {
    const before = today();
    const xml = strFromU8(unzipSync(fs.readFileSync(exportIn(c.language, 'docx')))['word/document.xml']!);
    const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
    const text = letters(
      runs
        .join('')
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
    // Comments are Word's own (comments.xml) and pages are numbered by a field: the other words are text here.
    for (const words of [c.words[0]!, c.words[2]!, c.milestone, c.note]) expect(text, words).toContain(letters(words));
    expect([before, today()].some((date) => text.includes(letters(date)))).toBe(true);
    for (const english of ENGLISH) expect(text).not.toContain(letters(english));
  });
});
