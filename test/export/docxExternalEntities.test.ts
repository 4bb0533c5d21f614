import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../shared/import/importDocx.ts';
import { ImportError } from '../../shared/import/importTypes.ts';
import { para, wordParts } from '../fixtures/zipSmuggler.ts';

// XXE held up in the adversarial review (issue 12): a Word file that declares external entities
// (a local file, an address on the network) gets neither read nor fetched. The file is imported
// as the app and `concord import` do; a local HTTP server counts the requests it receives.
let server: http.Server;
let requests: string[] = [];
let base: string;
let dir: string;
const SECRET = 'SECRET-FROM-THE-DISK-7f3a';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-xxe-'));
  fs.writeFileSync(path.join(dir, 'secret.txt'), SECRET);
  server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end('SECRET-FROM-THE-NETWORK');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A Word file whose document declares `entities` and, when `use`, refers to each in a paragraph. */
function withEntities(entities: Record<string, string>, use = true): Uint8Array {
  const refs = use ? Object.keys(entities).map((name) => para(`[&${name};]`)) : [];
  const parts = wordParts(para('Before the entities.') + refs.join(''));
  const xml = new TextDecoder().decode(parts['word/document.xml']);
  const doctype =
    '<!DOCTYPE w:document [' +
    Object.entries(entities)
      .map(([name, decl]) => `<!ENTITY ${name} ${decl}>`)
      .join('') +
    ']>';
  parts['word/document.xml'] = strToU8(xml.replace('?>', `?>${doctype}`));
  return zipSync(parts);
}

/** The imported document as text, or the refusal's message. */
async function importText(bytes: Uint8Array): Promise<string> {
  try {
    return JSON.stringify(await importDocx(bytes, 'entities'));
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    return (err as Error).message;
  }
}

const ENTITIES = () => ({
  passwd: 'SYSTEM "file:///etc/passwd"',
  secret: `SYSTEM "file://${path.join(dir, 'secret.txt')}"`,
  remote: `SYSTEM "${base}/entity.xml"`,
  public: `PUBLIC "-//Concord//x" "${base}/public.dtd"`,
});

/** Waits as long as a request would take to arrive, then says what arrived. */
async function requestsMade(): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  return requests;
}

describe('DOCX import with external entities', () => {
  it.each(['passwd', 'secret', 'remote', 'public'] as const)(
    'refuses a document using one (%s) as damaged: no file read, no address fetched',
    async (name) => {
      requests = [];
      const text = await importText(withEntities({ [name]: ENTITIES()[name] }));
      expect(text).toMatch(/^This Word document is damaged/);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('root:');
      expect(text).not.toContain('SECRET-FROM-THE-NETWORK');
      expect(await requestsMade()).toEqual([]);
    },
  );

  it('imports a document that only declares them, without reading or fetching them', async () => {
    requests = [];
    const text = await importText(withEntities(ENTITIES(), false));
    expect(text).toContain('Before the entities.');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('root:');
    expect(await requestsMade()).toEqual([]);
  });

  it('an external DTD named by the DOCTYPE is not fetched either', async () => {
    requests = [];
    const parts = wordParts(para('Text'));
    const xml = new TextDecoder().decode(parts['word/document.xml']);
    parts['word/document.xml'] = strToU8(xml.replace('?>', `?><!DOCTYPE w:document SYSTEM "${base}/external.dtd">`));
    const text = await importText(zipSync(parts));
    expect(text).not.toContain('SECRET-FROM-THE-NETWORK');
    expect(await requestsMade()).toEqual([]);
  });
});
