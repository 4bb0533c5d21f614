import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeConcordFile, decodeConcordFile } from '../../shared/file/concordFile.ts';
import { importedToYDoc } from '../../shared/import/importedToYDoc.ts';
import { importMarkdownWithImages } from '../../shared/import/importMarkdown.ts';
import { ImportBudget } from '../../shared/import/importBudget.ts';
import { sha256Hex } from '../../shared/images/blobHash.ts';
import type { DocJson } from '../../shared/import/importTypes.ts';
import { readBody } from '../../shared/model/body.ts';
import { makePng } from '../fixtures/images.ts';
import { imageFixture } from '../fixtures/imageFiles.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-md-images-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function concord(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/concord.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stderr: r.stderr };
}

const chart = makePng(400, 300);
const photo = imageFixture('photo.jpg');
const text = (t: string): DocJson => ({ type: 'text', text: t });
const imagesOf = (body: DocJson): DocJson[] =>
  body.type === 'image' ? [body] : (body.content ?? []).flatMap((c) => imagesOf(c));

/** A .concord file with two captioned figures, one shown twice, and a cross-reference. */
async function writeReport(file: string): Promise<void> {
  const [chartHash, photoHash] = [await sha256Hex(chart), await sha256Hex(photo)];
  const image = (blob: string, type: string, width: number, height: number, alt: string) => ({
    type: 'image',
    attrs: { blob, type, width, height, alt, size: 80, align: 'center' },
  });
  const doc = importedToYDoc({
    title: 'Report with figures',
    subtitle: '',
    language: 'en',
    paragraphNumbering: false,
    dropped: {},
    doc: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [text('As '), { type: 'crossRef', attrs: { target: 'cap-two' } }, text(' shows.')],
        },
        image(chartHash, 'png', 400, 300, 'Bar chart of cases [by month]'),
        { type: 'caption', attrs: { id: 'cap-one', kind: 'figure' }, content: [text('Cases by month')] },
        image(photoHash, 'jpeg', 640, 427, 'Members at the hearing'),
        { type: 'caption', attrs: { id: 'cap-two', kind: 'figure' }, content: [text('The hearing')] },
        image(chartHash, 'png', 400, 300, 'The chart again'),
      ],
    },
  });
  const blobs = [
    { hash: chartHash, type: 'png' as const, bytes: chart },
    { hash: photoHash, type: 'jpeg' as const, bytes: photo },
  ];
  const header = { docId: 'mdimages1', title: 'Report with figures', savedAt: '2026-01-01T00:00:00Z', app: 'test' };
  fs.writeFileSync(file, encodeConcordFile(header, Y.encodeStateAsUpdate(doc), blobs));
}

describe('Markdown with images', () => {
  it('exports image files beside the .md with relative links, and imports them back from there', async () => {
    await writeReport(path.join(dir, 'report.concord'));
    fs.mkdirSync(path.join(dir, 'out'));
    const out = concord('export', 'report.concord', '--format', 'md', '--out', 'out/my report.md');
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toContain('2 image files beside it');
    expect(fs.readdirSync(path.join(dir, 'out/my report-images')).sort()).toEqual(['image-1.png', 'image-2.jpg']);
    expect(new Uint8Array(fs.readFileSync(path.join(dir, 'out/my report-images/image-1.png')))).toEqual(chart);
    expect(new Uint8Array(fs.readFileSync(path.join(dir, 'out/my report-images/image-2.jpg')))).toEqual(photo);
    const md = fs.readFileSync(path.join(dir, 'out/my report.md'), 'utf8');
    expect(md).toContain('![Bar chart of cases \\[by month\\]](my%20report-images/image-1.png)');
    expect(md).toContain('![The chart again](my%20report-images/image-1.png)');
    expect(md).toContain('*Figure 2.* The hearing');
    expect(md).toContain('As Figure 2 shows.');

    // Imported from elsewhere: the images are read relative to the .md, not to the working directory.
    const back = concord('import', path.join(dir, 'out/my report.md'), '--out', 'back.concord');
    expect(back.code, back.stderr).toBe(0);
    expect(back.stderr).toContain('Nothing was dropped');
    const file = decodeConcordFile(new Uint8Array(fs.readFileSync(path.join(dir, 'back.concord'))));
    expect(file.blobs.map((b) => b.hash).sort()).toEqual([await sha256Hex(chart), await sha256Hex(photo)].sort());
    // The captions come back as captions (numbered by Concord again), not as paragraphs with a label.
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, file.update);
    const captions: string[] = [];
    readBody(ydoc).descendants((node) => void (node.type.name === 'caption' && captions.push(node.textContent)));
    expect(captions).toEqual(['Cases by month', 'The hearing']);
  }, 120_000);

  it('reads only image files inside the Markdown file’s folder, never a web image, and reports the rest', async () => {
    const folder = path.join(dir, 'shared-folder');
    fs.mkdirSync(path.join(folder, 'img'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'img/chart.png'), chart);
    fs.writeFileSync(path.join(dir, 'private.png'), makePng(20, 20));
    fs.symlinkSync(path.join(dir, 'private.png'), path.join(folder, 'img/link.png'));
    fs.writeFileSync(path.join(folder, 'img/notes.png'), 'not an image');
    const md = [
      '# Findings',
      '![Chart](img/chart.png) ![Same chart](./img/chart.png?v=2)',
      '![Outside](../private.png)',
      '![Absolute](' + path.join(dir, 'private.png') + ')',
      '![Linked out](img/link.png)',
      '![Missing](img/missing.png)',
      '![Web](http://127.0.0.1:9/pixel.png)',
      '![Fake](img/notes.png)',
    ].join('\n\n');
    fs.writeFileSync(path.join(folder, 'findings.md'), md);
    const r = concord('import', path.join(folder, 'findings.md'), '--out', 'findings.concord');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Dropped 4 missing image files, 2 images.');
    const file = decodeConcordFile(new Uint8Array(fs.readFileSync(path.join(dir, 'findings.concord'))));
    expect(file.blobs.map((b) => b.hash)).toEqual([await sha256Hex(chart)]);
  }, 120_000);

  it('without access to the files beside it, counts linked images apart (the app words why)', async () => {
    const md =
      '![Chart](img/chart.png)\n\n![Inline](data:image/png;base64,' + Buffer.from(chart).toString('base64') + ')';
    const imported = await importMarkdownWithImages(new TextEncoder().encode(md), 'x', new ImportBudget());
    expect(imported.dropped).toEqual({ 'linked image file': 1 });
    expect(imagesOf(imported.doc).map((n) => n.attrs?.alt)).toEqual(['Inline']);
    expect(imported.images?.map((b) => b.bytes)).toEqual([chart]);
  });
});
