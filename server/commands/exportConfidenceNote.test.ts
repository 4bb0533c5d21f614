import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/concord.js');
const run = promisify(execFile);
const concord = (...args: string[]) => run(process.execPath, [BIN, ...args]);

let dir = '';
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-note-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('concord export --confidence-note', () => {
  it('adds the note on unconfirmed facts only when asked', async () => {
    const doc = path.join(dir, 'vnr.concord');
    await concord('new', '--template', 'vnr-input', '--milestone', 'imrf-2030.review-lac', '--out', doc);
    await Promise.all([
      concord('export', doc, '--format', 'md', '--out', path.join(dir, 'plain.md')),
      concord('export', doc, '--format', 'md', '--out', path.join(dir, 'noted.md'), '--confidence-note'),
    ]);
    const plain = await fs.readFile(path.join(dir, 'plain.md'), 'utf8');
    const noted = await fs.readFile(path.join(dir, 'noted.md'), 'utf8');
    expect(plain).not.toContain('About the facts');
    expect(noted).toContain('## About the facts in this document');
    expect(noted).toContain('Latin America and the Caribbean regional review');
    expect(noted).toContain('(projected)');
  });
});
