import { describe, expect, it } from 'vitest';
import { boundedSiblingReader, siblingPath } from './siblingPath.ts';

describe('siblingPath', () => {
  it('keeps paths inside the folder, normalised', () => {
    expect(siblingPath('img/chart.png')).toBe('img/chart.png');
    expect(siblingPath('./img//chart.png')).toBe('img/chart.png');
    expect(siblingPath('img\\chart.png')).toBe('img/chart.png');
  });
  it('refuses what leads out of the folder or is absolute', () => {
    for (const path of [
      '../x.png',
      'img/../../x.png',
      'img/../x.png',
      '/etc/x.png',
      'C:\\x.png',
      '\\\\srv\\x.png',
      'a\0b',
      '',
      '.',
    ])
      expect(siblingPath(path), path).toBeNull();
  });
});

describe('boundedSiblingReader', () => {
  const bytes = (n: number) => new Uint8Array(n);
  it('passes normalised paths and refuses the rest without asking', async () => {
    const asked: string[] = [];
    const read = boundedSiblingReader(async (p) => (asked.push(p), bytes(3)));
    expect(await read('./a/b.png')).toEqual(bytes(3));
    expect(await read('../c.png')).toBeNull();
    expect(asked).toEqual(['a/b.png']);
  });
  it('refuses oversize answers and more distinct files than the limit', async () => {
    const read = boundedSiblingReader(async (p) => bytes(p === 'big.png' ? 11 : 1), 10, 2);
    expect(await read('big.png')).toBeNull();
    expect(await read('a.png')).toEqual(bytes(1));
    expect(await read('b.png')).toBeNull(); // third distinct file (big.png counted)
    expect(await read('a.png')).toEqual(bytes(1)); // the same file again is no new file
  });
  it('turns a failing reader into null', async () => {
    const read = boundedSiblingReader(() => Promise.reject(new Error('gone')));
    expect(await read('a.png')).toBeNull();
  });
});
