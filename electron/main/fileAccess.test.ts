import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readOpenableFile, writeSavedFile } from './fileAccess.ts';

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-files-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('file access', () => {
  it('saves and reads back bytes, replacing an existing file', async () => {
    const file = path.join(tempDir(), 'Pledge.concord');
    await writeSavedFile(file, new Uint8Array([9, 9]));
    await writeSavedFile(file, new Uint8Array([1, 2, 3]));
    const opened = await readOpenableFile(file);
    expect(opened.name).toBe('Pledge.concord');
    expect([...opened.data]).toEqual([1, 2, 3]);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['Pledge.concord']);
  });

  it('refuses files over the limit, directories and missing files', async () => {
    const dir = tempDir();
    const big = path.join(dir, 'big.concord');
    fs.writeFileSync(big, new Uint8Array(2048));
    await expect(readOpenableFile(big, 1024)).rejects.toThrow(/too large/);
    // The error's name is what reaches the renderer over IPC.
    await expect(readOpenableFile(dir)).rejects.toMatchObject({ name: 'FileAccessError' });
    await expect(readOpenableFile(path.join(dir, 'none.concord'))).rejects.toThrow(/missing/);
  });

  it('reports a failed save and leaves no temporary file', async () => {
    const dir = tempDir();
    await expect(writeSavedFile(path.join(dir, 'no-such-dir', 'x.concord'), new Uint8Array([1]))).rejects.toMatchObject(
      { name: 'FileAccessError' },
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
