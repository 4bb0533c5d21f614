import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Browser } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { REVIEW, reviewDoc } from '../fixtures/reviewFixture.ts';
import { snapshotExportModel } from '../../shared/export/exportModel.ts';
import type { ExportOptionsInput } from '../../shared/export/exportOptions.ts';
import { resolveExportOptions } from '../../shared/export/exportOptions.ts';
import { renderPrintHtml } from '../../shared/export/html/renderPrintHtml.ts';
import { renderMarkdown } from '../../shared/export/markdown/renderMarkdown.ts';
import { renderDocx } from '../../shared/export/docx/renderDocx.ts';
import { encodeConcordFile } from '../../shared/file/concordFile.ts';
import { launchChromium } from '../../server/browser/launchChromium.ts';
import { pagedScript } from '../../server/export/pagedScript.ts';
import { printPdf } from '../../server/export/printPdf.ts';
import { flat, pdfOutline, pdfPagesText } from './pdfTools.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXTRAS = {
  signatories: [
    { organisation: 'Extra Endorser', status: 'endorsed' },
    { organisation: 'Only Invited', status: 'invited' },
  ],
};
const model = snapshotExportModel(reviewDoc(), EXTRAS);
const WITH_BOTH = `States should ${REVIEW.inserted.text}regular pathways ${REVIEW.deleted.text} for all migrants.`;

let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-review-pdf-'));
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function pdfText(
  input: ExportOptionsInput,
  name: string,
): Promise<{ pages: string[]; text: string; file: string }> {
  const options = resolveExportOptions(model.meta, input);
  const printed = await printPdf(renderPrintHtml(model, options, { pagedScript: pagedScript() }), options, { browser });
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, printed.pdf);
  const pages = pdfPagesText(file);
  return { pages, text: flat(pages.join('\n')), file };
}

describe('PDF: comments as endnotes, suggestions marked or accepted', () => {
  it('by default reads as if every suggestion were accepted, without comments', async () => {
    const { text } = await pdfText({}, 'default');
    expect(text).toContain(REVIEW.accepted);
    expect(text).not.toContain(REVIEW.deleted.text);
    expect(text).not.toContain(REVIEW.open.text);
    expect(text).not.toContain('Comments');
  }, 120_000);

  it('marked: shows inserted and deleted text; endnotes: open comments with their text, replies and authors', async () => {
    const { pages, text, file } = await pdfText({ comments: 'endnotes', suggestions: 'marked' }, 'marked');
    expect(text).toContain(WITH_BOTH);
    const notes = flat(pages.slice(pages.findIndex((p) => /^\s*Comments\s*$/m.test(p))).join('\n'));
    expect(notes).toContain(`C1. On “${REVIEW.open.quote}”`);
    for (const part of [REVIEW.open.author, REVIEW.open.text, REVIEW.open.reply.author, REVIEW.open.reply.text])
      expect(notes).toContain(part);
    expect(text).not.toContain(REVIEW.resolved.text);
    expect(text).toMatch(/reviews progress\s*C1\s*every four years/);
    expect(pdfOutline(file).map((o) => o.title)).toEqual(['Recommendations', 'Comments']);
  }, 120_000);

  it('prints endorsing organisations only, from the sign-on list and the caller', async () => {
    const { pages } = await pdfText({}, 'cover');
    const cover = flat(pages[0]!);
    for (const name of [...REVIEW.endorsed, 'Extra Endorser']) expect(cover).toContain(name);
    for (const name of [...REVIEW.notEndorsed, 'Only Invited']) expect(cover).not.toContain(name);
    expect(cover).toContain('ENDORSED BY');
  }, 120_000);
});

describe('HTML and Markdown follow the same options', () => {
  it('HTML: accepted by default; marked underlines insertions and strikes deletions, with who and when', () => {
    const accepted = renderPrintHtml(model, resolveExportOptions(model.meta));
    expect(accepted).toContain(REVIEW.accepted);
    expect(accepted).not.toMatch(/<(ins|del)\b/);
    const marked = renderPrintHtml(
      model,
      resolveExportOptions(model.meta, { suggestions: 'marked', comments: 'endnotes' }),
    );
    expect(marked).toContain('<ins class="suggestion" title="Ana Ortiz (FIDH), 2026-05-04">expand </ins>');
    expect(marked).toContain('<del class="suggestion" title="Ben Kaya (PICUM), 2026-05-05">where possible</del>');
    expect(marked).toMatch(/ins\.suggestion \{ text-decoration: underline;/);
    expect(marked).toMatch(/del\.suggestion \{ text-decoration: line-through;/);
    expect(marked).toContain('<a href="#comment-1" id="comment-ref-1">C1</a>');
  });

  it('Markdown: accepted by default; marked as CriticMarkup; comments at the end', () => {
    expect(renderMarkdown(model)).toContain(REVIEW.accepted);
    const marked = renderMarkdown(model, { suggestions: 'marked', comments: 'endnotes' });
    expect(marked).toContain('States should {++expand++} regular pathways {--where possible--} for all migrants.');
    expect(marked).toContain('## Comments');
    expect(marked).toContain(`  - ${REVIEW.open.reply.author}, 2026-05-06: ${REVIEW.open.reply.text}`);
  });

  it('many endorsing organisations go to an annex listed in the contents (HTML and Word)', async () => {
    const many = snapshotExportModel(reviewDoc(), {
      signatories: Array.from({ length: 15 }, (_, i) => ({
        organisation: `Organisation ${i + 1}`,
        status: 'endorsed',
      })),
    });
    const html = renderPrintHtml(many, resolveExportOptions(many.meta));
    expect(html).toContain('17 organisations, listed in the annex');
    expect(html).toContain('<a href="#endorsements"><span class="toc-text">Endorsing organisations</span>');
    expect(html).toMatch(
      /<section class="annex"><h1 id="endorsements">Endorsing organisations<\/h1><ul><li><bdi>FIDH<\/bdi><\/li>.*<li><bdi>Organisation 15<\/bdi><\/li>/,
    );
    const xml = strFromU8(unzipSync(await renderDocx(many, resolveExportOptions(many.meta)))['word/document.xml']!);
    expect(xml).toContain('Endorsing organisations');
    expect(xml).toContain('>Organisation 15<');
  });
});

describe('concord export --comments --suggestions', () => {
  const input = path.join(os.tmpdir(), `concord-review-${process.pid}.concord`);
  fs.writeFileSync(
    input,
    encodeConcordFile(
      { docId: 'review01', title: REVIEW.title, savedAt: '2026-05-08T00:00:00Z', app: 'test' },
      Y.encodeStateAsUpdate(reviewDoc()),
    ),
  );
  afterAll(() => fs.rmSync(input, { force: true }));
  const concord = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'bin/concord.js'), 'export', input, ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('passes the options to the writers, and refuses unknown values', () => {
    const out = path.join(os.tmpdir(), `concord-review-${process.pid}.md`);
    const r = concord('--format', 'md', '--out', out, '--force', '--comments', '--suggestions', 'marked');
    expect(r.status, r.stderr).toBe(0);
    const md = fs.readFileSync(out, 'utf8');
    fs.rmSync(out);
    expect(md).toContain('{--where possible--}');
    expect(md).toContain(REVIEW.open.text);
    const bad = concord('--format', 'md', '--out', out, '--suggestions', 'hidden');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--suggestions must be marked or accepted/);
  }, 60_000);
});
