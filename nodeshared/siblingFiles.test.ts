import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siblingReader } from './siblingFiles.ts';

describe('siblingReader (real files)', () => {
  let top: string;
  let folder: string;
  beforeAll(() => {
    top = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-siblings-'));
    folder = path.join(top, 'report');
    fs.mkdirSync(path.join(folder, 'img'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'a.png'), 'A');
    fs.writeFileSync(path.join(folder, 'img', 'b.png'), 'BB');
    fs.writeFileSync(path.join(folder, 'big.png'), Buffer.alloc(11));
    fs.writeFileSync(path.join(top, 'secret.png'), 'S');
    fs.symlinkSync(path.join(top, 'secret.png'), path.join(folder, 'link-out.png'));
    fs.symlinkSync(path.join(folder, 'a.png'), path.join(folder, 'img', 'link-in.png'));
    fs.symlinkSync(top, path.join(folder, 'up'));
  });
  afterAll(() => fs.rmSync(top, { recursive: true, force: true }));

  const text = (b: Uint8Array | null) => (b ? Buffer.from(b).toString() : null);

  it('reads files in the folder and its subfolders, and links that stay inside', async () => {
    const read = siblingReader(folder, 10);
    expect(text(await read('a.png'))).toBe('A');
    expect(text(await read('img/b.png'))).toBe('BB');
    expect(text(await read('img/link-in.png'))).toBe('A');
  });

  it('reads nothing that ../, an absolute path or a link leads out to', async () => {
    const read = siblingReader(folder, 10);
    expect(await read('../secret.png')).toBeNull();
    expect(await read('img/../../secret.png')).toBeNull();
    expect(await read(path.join(top, 'secret.png'))).toBeNull();
    expect(await read('link-out.png')).toBeNull();
    expect(await read('up/secret.png')).toBeNull();
  });

  it('reads no oversize file, no folder, nothing missing', async () => {
    const read = siblingReader(folder, 10);
    expect(await read('big.png')).toBeNull();
    expect(await read('img')).toBeNull();
    expect(await read('none.png')).toBeNull();
  });

  it('reads at most maxFiles distinct files', async () => {
    const read = siblingReader(folder, 10, 1);
    expect(text(await read('a.png'))).toBe('A');
    expect(await read('img/b.png')).toBeNull();
  });
});
