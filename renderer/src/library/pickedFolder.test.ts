import { describe, expect, it } from 'vitest';
import { folderSiblings } from './pickedFolder.ts';

/** A file as a folder picker gives it: its path from the picked folder's name down. */
function picked(path: string, bytes: number | string): File {
  const file = new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], path.split('/').pop()!);
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}
const text = (bytes: Uint8Array | null) => (bytes ? new TextDecoder().decode(bytes) : null);

describe('folderSiblings', () => {
  const files = [
    picked('work/other.png', 'O'),
    picked('work/report/report.md', '# R'),
    picked('work/report/a.png', 'A'),
    picked('work/report/img/b.png', 'B'),
    picked('work/report/big.png', 20 * 1024 * 1024 + 1),
    picked('work/report/old/report.md', '# old'),
  ];

  it('finds the Markdown file (the shallowest of its name) and reads beside it, subfolders included', async () => {
    const found = folderSiblings(files, 'report.md')!;
    expect(found.markdown.webkitRelativePath).toBe('work/report/report.md');
    expect(text(await found.read('a.png'))).toBe('A');
    expect(text(await found.read('./img/b.png'))).toBe('B');
  });

  it('reads nothing ../ or an absolute path leads to, no oversize file, nothing missing', async () => {
    const { read } = folderSiblings(files, 'report.md')!;
    for (const path of ['../other.png', 'img/../../other.png', '/work/other.png', 'big.png', 'none.png'])
      expect(await read(path), path).toBeNull();
  });

  it('is null when the folder does not hold the file', () => {
    expect(folderSiblings(files, 'findings.md')).toBeNull();
  });
});
