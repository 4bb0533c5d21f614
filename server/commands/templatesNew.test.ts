import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeConcordFile } from '../../shared/file/concordFile.ts';
import { readMeta } from '../../shared/model/documentMeta.ts';
import { readBody } from '../../shared/model/body.ts';
import { splitSections } from '../../shared/model/sections.ts';
import { defaultMilestone } from '../../shared/domain/cycles.ts';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtinTemplates.ts';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/concord.js');
const run = promisify(execFile);

/** Runs the real `concord` command; resolves with its exit code and output instead of throwing. */
async function concord(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

let dir = '';
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-new-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('concord templates', () => {
  it('--json lists every template with its milestones', async () => {
    const { code, stdout } = await concord('templates', '--json');
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as { id: string; milestones: { id: string }[] }[];
    expect(list.map((t) => t.id)).toEqual(BUILTIN_TEMPLATES.map((t) => t.id));
    for (const t of list) {
      expect(t.milestones.length).toBeGreaterThan(0);
      for (const m of t.milestones) expect(defaultMilestone(m.id)).toBeDefined();
    }
  });

  it('prints ids and milestones as text', async () => {
    const { code, stdout } = await concord('templates');
    expect(code).toBe(0);
    expect(stdout).toContain('shadow-report');
    expect(stdout).toContain('imrf-2026.hearing');
  });
});

describe('concord new', () => {
  it('writes a .concord file that decodes into the template document', async () => {
    const out = path.join(dir, 'shadow.concord');
    const { code, stdout } = await concord(
      'new',
      '--template',
      'shadow-report',
      '--out',
      out,
      '--title',
      'Ruritania shadow report',
      '--milestone',
      'imrf-2026.review-unece',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('shadow.concord');
    const file = decodeConcordFile(new Uint8Array(await fs.readFile(out)));
    expect(file.header.title).toBe('Ruritania shadow report');
    const doc = new Y.Doc({ gc: false });
    Y.applyUpdate(doc, file.update);
    expect(readMeta(doc)).toMatchObject({
      title: 'Ruritania shadow report',
      templateId: 'shadow-report',
      milestoneId: 'imrf-2026.review-unece',
      deadline: '2024-03-11',
      paragraphNumbering: true,
    });
    expect(splitSections(readBody(doc)).filter((s) => s.sectionId?.startsWith('objective-'))).toHaveLength(23);
  });

  it('--language writes the template in that language, and the document is in it', async () => {
    const out = path.join(dir, 'arabic.concord');
    const { code } = await concord('new', '--template', 'shadow-report', '--out', out, '--language', 'ar');
    expect(code).toBe(0);
    const doc = new Y.Doc({ gc: false });
    Y.applyUpdate(doc, decodeConcordFile(new Uint8Array(await fs.readFile(out))).update);
    expect(readMeta(doc)).toMatchObject({ title: 'تقرير موازٍ عن التنفيذ', language: 'ar' });
    const headings = splitSections(readBody(doc)).map((s) => s.title);
    expect(headings).toContain('المبادئ التوجيهية الشاملة');
    const wrong = await concord(
      'new',
      '--template',
      'pledge',
      '--out',
      path.join(dir, 'y.concord'),
      '--language',
      'de',
    );
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/unknown language "de"; one of: ar, zh, en, fr, ru, es/);
  });

  it('refuses to overwrite, unknown templates and milestones, and missing options, on stderr with a non-zero exit', async () => {
    const out = path.join(dir, 'pledge.concord');
    expect((await concord('new', '--template', 'pledge', '--out', out)).code).toBe(0);
    const again = await concord('new', '--template', 'pledge', '--out', out);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/exists/);
    expect((await concord('new', '--template', 'pledge', '--out', out, '--force')).code).toBe(0);
    const wrong = [
      ['--template', 'nope', '--out', path.join(dir, 'x.concord')],
      ['--template', 'pledge', '--out', path.join(dir, 'x.concord'), '--milestone', 'imrf-1999.forum'],
      ['--template', 'pledge', '--out', path.join(dir, 'x.txt')],
      ['--out', path.join(dir, 'x.concord')],
    ];
    const results = await Promise.all(wrong.map((args) => concord('new', ...args)));
    results.forEach((result, i) => {
      expect(result.code, wrong[i]?.join(' ')).not.toBe(0);
      expect(result.stderr.length).toBeGreaterThan(0);
      expect(result.stdout).toBe('');
    });
    await expect(fs.stat(path.join(dir, 'x.concord'))).rejects.toThrow();
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
