import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generateReport, reportToYDoc } from '../fixtures/reportFixture.ts';
import { encodeConcordFile, decodeConcordFile } from '../../shared/file/concordFile.ts';
import { ratioBomb } from '../fixtures/badFiles.ts';
import { para, smuggledDocx, wordParts } from '../fixtures/zipSmuggler.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function concord(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/concord.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('concord export and import', () => {
  const report = generateReport({ pages: 3 });
  const input = path.join(dir, 'report.concord');
  fs.writeFileSync(
    input,
    encodeConcordFile(
      { docId: 'fixture01', title: 'Fixture', savedAt: '2026-01-01T00:00:00Z', app: 'test' },
      Y.encodeStateAsUpdate(reportToYDoc(report)),
    ),
  );

  it('exports PDF with progress on stderr, then Markdown and HTML', () => {
    const pdf = concord(
      'export',
      input,
      '--format',
      'pdf',
      '--out',
      'out.pdf',
      '--paper',
      'letter',
      '--endnotes',
      '--no-tags',
    );
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(pdf.stderr).toMatch(/laying out pages/);
    expect(pdf.stderr).toMatch(/printing \d+ pages/);
    expect(fs.readFileSync(path.join(dir, 'out.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    for (const format of ['md', 'html']) {
      const r = concord('export', input, '--format', format, '--out', `out.${format}`);
      expect(r.code, r.stderr).toBe(0);
    }
    expect(fs.readFileSync(path.join(dir, 'out.md'), 'utf8')).toContain('# Chapter 1. Data and evidence');
    const html = fs.readFileSync(path.join(dir, 'out.html'), 'utf8');
    expect(html).toContain('<h1 id="sec-1">');
    expect(html).not.toContain('<script');
  }, 120_000);

  it('imports a Markdown file into a new .concord document', () => {
    const r = concord('import', path.join(dir, 'out.md'), '--out', 'back.concord');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Nothing was dropped/);
    const file = decodeConcordFile(new Uint8Array(fs.readFileSync(path.join(dir, 'back.concord'))));
    expect(file.header.title).toBe(report.meta.title);
  });

  it('refuses bad input with a message on stderr, a non-zero exit and no file', () => {
    fs.writeFileSync(path.join(dir, 'bomb.docx'), ratioBomb());
    const bomb = concord('import', 'bomb.docx', '--out', 'bomb.concord');
    expect(bomb.code).not.toBe(0);
    expect(bomb.stderr).toMatch(/zip bomb/);
    expect(fs.existsSync(path.join(dir, 'bomb.concord'))).toBe(false);
    // Issue 12: this 12 KB file crashed `concord import` out of memory after two minutes.
    const harmless = { ...wordParts(para('Harmless.')), 'docProps/padding.xml': new Uint8Array(8000) };
    fs.writeFileSync(path.join(dir, 'smuggled.docx'), smuggledDocx(harmless, wordParts('<w:p/>'.repeat(200_000))));
    const smuggled = concord('import', 'smuggled.docx', '--out', 'smuggled.concord');
    expect(smuggled.code).toBe(1);
    expect(smuggled.stderr).toMatch(/damaged/);
    const usage = concord('export', input, '--format', 'odt', '--out', 'x.odt');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--format must be/);
    const missing = concord('export', 'missing.concord', '--format', 'md', '--out', 'x.md');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/missing\.concord/);
  }, 60_000);
});
