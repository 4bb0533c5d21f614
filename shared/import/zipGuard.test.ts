import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocx } from './importDocx.ts';
import { ImportError } from './importTypes.ts';
import { readZipDirectory } from './zipGuard.ts';
import { para, wordParts } from '../../test/fixtures/zipSmuggler.ts';

// The zip guard refuses every end record that does not add up (issue 12, finding 3): a reader that
// makes sense of it differently (JSZip inside mammoth) could read parts the guard never checked.
// Each case starts from a real Word file, changes one thing, and imports it as the app does.

const PARTS = wordParts(para('Field report from Goma'));

const DAMAGED = 'This file is damaged: its zip structure cannot be read.';
const ZIP64 = 'This file is too large to import (zip64 archive).';

/** A fresh copy of the Word file (with an archive comment), its end record's offset, and a view to change it. */
function wordFile(comment = '') {
  const zip = zipSync(PARTS);
  const end = zip.length - 22;
  const bytes = new Uint8Array(zip.length + comment.length);
  bytes.set(zip);
  bytes.set(strToU8(comment), zip.length);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  view.setUint16(end + 20, comment.length, true);
  return { bytes, end, view };
}

/** What importing `bytes` tells the user. */
async function refusal(bytes: Uint8Array): Promise<string> {
  const err = await importDocx(bytes, 'report').then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportError);
  return (err as ImportError).message;
}

describe('the zip guard', () => {
  it('reads the unchanged file, which imports', async () => {
    const { bytes } = wordFile('made by a test');
    expect(readZipDirectory(bytes).map((e) => e.name)).toEqual(Object.keys(PARTS));
    expect(JSON.stringify(await importDocx(bytes, 'report'))).toContain('Field report from Goma');
  });

  it('refuses a multi-disk archive (this disk, or the directory on another disk)', async () => {
    const thisDisk = wordFile();
    thisDisk.view.setUint16(thisDisk.end + 4, 1, true);
    expect(await refusal(thisDisk.bytes)).toBe(DAMAGED);
    const directoryDisk = wordFile();
    directoryDisk.view.setUint16(directoryDisk.end + 6, 1, true);
    expect(await refusal(directoryDisk.bytes)).toBe(DAMAGED);
  });

  it('refuses an entry count on this disk that differs from the total', async () => {
    const more = wordFile();
    more.view.setUint16(more.end + 10, 4, true);
    expect(await refusal(more.bytes)).toBe(DAMAGED);
    const fewer = wordFile();
    fewer.view.setUint16(fewer.end + 8, 2, true);
    expect(await refusal(fewer.bytes)).toBe(DAMAGED);
  });

  it('refuses counts that agree but leave an entry unread before the end record', async () => {
    const { bytes, end, view } = wordFile();
    view.setUint16(end + 8, 2, true);
    view.setUint16(end + 10, 2, true);
    expect(await refusal(bytes)).toBe(DAMAGED);
  });

  it('refuses a zip64 archive: a locator before the end record, or the end record saying so', async () => {
    const { bytes, end } = wordFile();
    const locator = new Uint8Array(20);
    const lv = new DataView(locator.buffer);
    lv.setUint32(0, 0x07064b50, true);
    lv.setUint32(16, 1, true); // total disks
    const withLocator = new Uint8Array(bytes.length + 20);
    withLocator.set(bytes.subarray(0, end));
    withLocator.set(locator, end);
    withLocator.set(bytes.subarray(end), end + 20);
    expect(await refusal(withLocator)).toBe(ZIP64);
    const count = wordFile();
    count.view.setUint16(count.end + 8, 0xffff, true);
    count.view.setUint16(count.end + 10, 0xffff, true);
    expect(await refusal(count.bytes)).toBe(ZIP64);
    const offset = wordFile();
    offset.view.setUint32(offset.end + 16, 0xffffffff, true);
    expect(await refusal(offset.bytes)).toBe(ZIP64);
  });

  it('refuses bytes after the comment', async () => {
    const { bytes } = wordFile('made by a test');
    const trailing = new Uint8Array(bytes.length + 7);
    trailing.set(bytes);
    trailing.set(strToU8('PK-more'), bytes.length);
    expect(await refusal(trailing)).toBe(DAMAGED);
    // A comment length that stops short of the file's end is the same thing.
    const short = wordFile('made by a test');
    short.view.setUint16(short.end + 20, 4, true);
    expect(await refusal(short.bytes)).toBe(DAMAGED);
  });

  it('refuses a directory that does not end where the end record starts', async () => {
    const { bytes, end, view } = wordFile();
    view.setUint32(end + 12, view.getUint32(end + 12, true) - 1, true);
    expect(await refusal(bytes)).toBe(DAMAGED);
  });
});
