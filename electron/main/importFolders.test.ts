import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportFolders } from './importFolders.ts';

describe('ImportFolders (real files)', () => {
  let top: string;
  let md: string;
  beforeAll(() => {
    top = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-import-folders-'));
    const folder = path.join(top, 'report');
    fs.mkdirSync(path.join(folder, 'img'), { recursive: true });
    md = path.join(folder, 'report.md');
    fs.writeFileSync(md, '![a](img/a.png)');
    fs.writeFileSync(path.join(folder, 'img', 'a.png'), 'A');
    fs.writeFileSync(path.join(folder, 'huge.png'), Buffer.alloc(20 * 1024 * 1024 + 1));
    fs.writeFileSync(path.join(top, 'other.png'), 'O');
    fs.symlinkSync(path.join(top, 'other.png'), path.join(folder, 'img', 'out.png'));
  });
  afterAll(() => fs.rmSync(top, { recursive: true, force: true }));

  it('reads nothing before a Markdown file was picked, or after another kind of file', async () => {
    const folders = new ImportFolders();
    expect(await folders.read('img/a.png')).toBeNull();
    folders.chosen(md);
    folders.chosen(path.join(top, 'report', 'report.docx'));
    expect(await folders.read('img/a.png')).toBeNull();
  });

  it('reads files beside the picked Markdown file within the bounds', async () => {
    const folders = new ImportFolders();
    folders.chosen(md);
    expect(Buffer.from((await folders.read('img/a.png'))!).toString()).toBe('A');
    expect(await folders.read('../other.png')).toBeNull();
    expect(await folders.read(path.join(top, 'other.png'))).toBeNull();
    expect(await folders.read('img/out.png')).toBeNull();
    expect(await folders.read('huge.png')).toBeNull();
  });
});
