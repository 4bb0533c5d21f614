import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

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

interface Listed {
  id: string;
  confidence: string;
  milestones: {
    id: string;
    date: { start: string; end?: string };
    confidence: string;
    unconfirmedNote?: string;
    sources: { label: string }[];
    templates: { id: string }[];
  }[];
}

describe('concord roadmap', () => {
  it('--json lists cycles and milestones with dates, confidence, sources and templates', async () => {
    const { code, stdout } = await concord('roadmap', '--json');
    expect(code).toBe(0);
    const cycles = JSON.parse(stdout) as Listed[];
    expect(cycles.map((c) => [c.id, c.confidence])).toEqual([
      ['imrf-2022', 'confirmed'],
      ['imrf-2026', 'confirmed'],
      ['imrf-2030', 'projected'],
    ]);
    const all = cycles.flatMap((c) => c.milestones);
    for (const m of all) {
      expect(m.sources.length, m.id).toBeGreaterThan(0);
      if (m.confidence !== 'confirmed') expect(m.unconfirmedNote, m.id).toBeTruthy();
    }
    const byId = Object.fromEntries(all.map((m) => [m.id, m]));
    expect(byId['imrf-2026.review-unece']?.date).toEqual({ start: '2024-03-11' });
    expect(byId['imrf-2030.forum']?.confidence).toBe('projected');
    expect(byId['imrf-2026.sg-report']?.confidence).toBe('unconfirmed');
    expect(byId['imrf-2026.hearing']?.templates.map((t) => t.id)).toContain('hearing-statement');
    expect(byId['imrf-2030.zero-draft']?.templates.map((t) => t.id)).toContain('declaration-amendments');
  });

  it('prints text with uncertain dates marked, one cycle with --cycle', async () => {
    const { code, stdout } = await concord('roadmap', '--cycle', 'imrf-2030');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Third review cycle \(2026-2030\) \(imrf-2030\) \[projected\]/);
    expect(stdout).toContain('about 2030-05-07 to 2030-05-10  International Migration Review Forum 2030 [projected]');
    expect(stdout).toContain('2028-03 (month)');
    expect(stdout).not.toContain('imrf-2022');
  });

  it('refuses an unknown cycle or option with usage on stderr and exit code 2', async () => {
    for (const args of [['--cycle', 'imrf-1999'], ['--bogus']]) {
      const result = await concord('roadmap', ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: concord roadmap');
      expect(result.stdout).toBe('');
    }
  });
});

describe('concord templates --json', () => {
  it("carries each template's confidence and notes", async () => {
    const { code, stdout } = await concord('templates', '--json');
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as { id: string; confidence: string; confidenceNotes: string[] }[];
    const byId = Object.fromEntries(list.map((t) => [t.id, t]));
    expect(byId['vnr-input']?.confidence).toBe('unconfirmed');
    expect(byId['vnr-input']?.confidenceNotes[0]).toMatch(/reporting structure/);
    expect(byId['op-ed']).toMatchObject({ confidence: 'confirmed', confidenceNotes: [] });
    expect(byId['oral-statement-plenary']?.confidence).toBe('unconfirmed');
  });
});
