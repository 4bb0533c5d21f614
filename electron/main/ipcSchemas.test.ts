import { describe, expect, it } from 'vitest';
import { IPC_ARG_SCHEMAS } from './ipcSchemas.ts';
import { CONCORD_FILTER } from '../../shared/host/HostApi.ts';
import { MAX_FILE_BYTES } from '../../shared/file/concordFile.ts';

const ok = (method: keyof typeof IPC_ARG_SCHEMAS, args: unknown[]) => IPC_ARG_SCHEMAS[method].safeParse(args).success;
const save = (extra: Record<string, unknown>) => [
  { suggestedName: 'Key messages.concord', filters: [CONCORD_FILTER], data: new Uint8Array([1, 2, 3]), ...extra },
];

describe('openFile arguments', () => {
  it('accepts a request with filters', () => {
    expect(ok('openFile', [{ title: 'Open a document', filters: [CONCORD_FILTER] }])).toBe(true);
    expect(ok('openFile', [{ filters: [] }])).toBe(true);
  });

  it('rejects wrong types, bad extensions and extra arguments', () => {
    expect(ok('openFile', [])).toBe(false);
    expect(ok('openFile', ['file.concord'])).toBe(false);
    expect(ok('openFile', [{ filters: 'concord' }])).toBe(false);
    expect(ok('openFile', [{ filters: [{ name: 'x', extensions: ['../*'] }] }])).toBe(false);
    expect(ok('openFile', [{ filters: [{ name: 'x', extensions: [] }] }])).toBe(false);
    expect(ok('openFile', [{ filters: [] }, 'extra'])).toBe(false);
  });
});

describe('saveFile arguments', () => {
  it('accepts a file name and bytes', () => {
    expect(ok('saveFile', save({}))).toBe(true);
    expect(ok('saveFile', save({ suggestedName: 'Déclaration – IMRF 2026.concord' }))).toBe(true);
  });

  it('rejects path separators, control characters and reserved characters in the name', () => {
    for (const suggestedName of [
      '../evil.concord',
      'a/b.concord',
      'a\\b.concord',
      'C:evil',
      'a\nb',
      'x\0y',
      '',
      'a*?.concord',
      'x'.repeat(256),
      '..',
      '.',
      ' .. ',
    ]) {
      expect(ok('saveFile', save({ suggestedName })), JSON.stringify(suggestedName)).toBe(false);
    }
  });

  it('rejects data that is not bytes', () => {
    expect(ok('saveFile', save({ data: 'text' }))).toBe(false);
    expect(ok('saveFile', save({ data: [1, 2, 3] }))).toBe(false);
    expect(ok('saveFile', save({ data: new ArrayBuffer(3) }))).toBe(false);
    expect(ok('saveFile', save({ data: undefined }))).toBe(false);
  });

  it('rejects oversized data', () => {
    // A view claiming more than the limit, without allocating it: only byteLength is consulted.
    const huge = new Uint8Array(new ArrayBuffer(8));
    Object.defineProperty(huge, 'byteLength', { value: MAX_FILE_BYTES + 1 });
    expect(ok('saveFile', save({ data: huge }))).toBe(false);
    const atLimit = new Uint8Array(new ArrayBuffer(8));
    Object.defineProperty(atLimit, 'byteLength', { value: MAX_FILE_BYTES });
    expect(ok('saveFile', save({ data: atLimit }))).toBe(true);
  });
});

describe('settings arguments', () => {
  it('accepts known keys with values of their own type', () => {
    expect(ok('getSetting', ['displayName'])).toBe(true);
    expect(ok('setSetting', ['displayName', 'Ana'])).toBe(true);
    expect(ok('setSetting', ['colour', '#1a2b3c'])).toBe(true);
    expect(ok('setSetting', ['relays', { ws1: { url: 'wss://relay.example.org', token: 't' } }])).toBe(true);
  });

  it('rejects unknown keys, prototype keys and mistyped values', () => {
    expect(ok('getSetting', ['__proto__'])).toBe(false);
    expect(ok('getSetting', ['constructor'])).toBe(false);
    expect(ok('getSetting', [42])).toBe(false);
    expect(ok('setSetting', ['nope', 'x'])).toBe(false);
    expect(ok('setSetting', ['colour', 'red'])).toBe(false);
    expect(ok('setSetting', ['displayName', 'x'.repeat(81)])).toBe(false);
    expect(ok('setSetting', ['speakingPaceWpm', 1000])).toBe(false);
    expect(ok('setSetting', ['displayName'])).toBe(false);
  });
});

describe('openExternal, appInfo and listen arguments', () => {
  it('accepts http, https and mailto links only', () => {
    expect(ok('openExternal', ['https://www.un.org/en/migration2022'])).toBe(true);
    expect(ok('openExternal', ['mailto:secretariat@example.org'])).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://concord/index.html',
      'concord://join?x',
      'smb://host/share',
      '',
      42,
    ]) {
      expect(ok('openExternal', [url]), String(url)).toBe(false);
    }
  });

  it('takes no arguments for appInfo and a known event for listen', () => {
    expect(ok('appInfo', [])).toBe(true);
    expect(ok('appInfo', ['x'])).toBe(false);
    expect(ok('listen', ['onOpenFileRequest'])).toBe(true);
    expect(ok('listen', ['onCommand'])).toBe(false);
  });
});

describe('readImportSibling arguments', () => {
  it('takes one relative path of bounded length, nothing else', () => {
    expect(ok('readImportSibling', ['img/chart.png'])).toBe(true);
    expect(ok('readImportSibling', [''])).toBe(false);
    expect(ok('readImportSibling', ['a'.repeat(5000)])).toBe(false);
    expect(ok('readImportSibling', [42])).toBe(false);
    expect(ok('readImportSibling', ['a.png', 'b.png'])).toBe(false);
    expect(ok('readImportSibling', [])).toBe(false);
  });
});

describe('downloadImage arguments', () => {
  it('takes a web address and a size limit, nothing else', () => {
    expect(ok('downloadImage', ['https://example.org/chart.png', 20 * 1024 * 1024])).toBe(true);
    expect(ok('downloadImage', ['file:///etc/passwd', 1000])).toBe(false);
    expect(ok('downloadImage', ['javascript:alert(1)', 1000])).toBe(false);
    expect(ok('downloadImage', ['https://example.org/a.png', 0])).toBe(false);
    expect(ok('downloadImage', ['https://example.org/a.png', 1e12])).toBe(false);
    expect(ok('downloadImage', ['https://example.org/a.png'])).toBe(false);
    expect(ok('downloadImage', [`https://example.org/${'a'.repeat(5000)}`, 1000])).toBe(false);
  });
});
