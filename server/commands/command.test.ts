import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../cli.ts';
import { commands } from './index.ts';

// The command line in-process (`bin/concord.js` only sets process.exitCode to what main returns;
// test/export/cli.test.ts runs the real binary), with stdout and stderr captured.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-exit-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void (out += `${a.join(' ')}\n`));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (err += `${a.join(' ')}\n`));
});
afterEach(() => vi.restoreAllMocks());

/** Runs `concord ...args` in `dir`; resolves with the exit code and what it printed. */
async function concord(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  out = '';
  err = '';
  const code = await main(args.map((a) => (a.startsWith('./') ? path.join(dir, a) : a)));
  return { code, stdout: out, stderr: err };
}

const names = Object.keys(commands);

describe('every concord command', () => {
  it('prints its usage for --help on stdout, exit 0', async () => {
    for (const name of names) {
      const r = await concord(name, '--help');
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toMatch(new RegExp(`^Usage: concord ${name}\\b`));
    }
  });

  it('refuses an unknown flag with the usage on stderr, exit 2', async () => {
    for (const name of names) {
      const r = await concord(name, '--no-such-flag');
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toContain(`concord ${name}: Unknown option '--no-such-flag'`);
      expect(r.stderr, name).toContain(`Usage: concord ${name}`);
      expect(r.stdout, name).toBe('');
    }
    const stray = await concord('tokens', 'extra');
    expect(stray).toMatchObject({ code: 2, stdout: '' });
    expect(stray.stderr).toMatch(/unexpected argument "extra"[\s\S]*Usage: concord tokens/);
  });

  it('refuses wrong or missing flag values with the usage on stderr, exit 2', async () => {
    const calls = [
      ['serve', '--port', 'many'],
      ['relay', '--port', 'many'],
      ['invite', '--workspace', 'ws-exit-codes', '--role', 'admin'],
      ['invite', '--workspace', 'ws-exit-codes', '--role', 'editor', '--expires', 'soon'],
      ['revoke'],
      ['new', '--template', 'no-such-template', '--out', './x.concord'],
      ['export', './x.concord', '--format', 'odt', '--out', './x.odt'],
      ['import', './x.pdf', '--out', './x.concord'],
    ];
    for (const args of calls) {
      const r = await concord(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(new RegExp(`^concord ${args[0]}: .+\\n\\nUsage: concord ${args[0]}`));
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('reports a failure while running with its message and no usage on stderr, exit 1', async () => {
    fs.writeFileSync(path.join(dir, 'a-file'), '');
    fs.writeFileSync(path.join(dir, 'taken.concord'), '');
    const failures: Record<string, string[]> = {
      serve: ['--dir', dir, '--port', '0'],
      relay: ['--data', './a-file/data', '--port', '0'],
      invite: ['--data', './a-file/data', '--workspace', 'ws-exit-codes', '--role', 'editor'],
      revoke: ['--data', './relay-data', 'no-such-token-id'],
      tokens: ['--data', './a-file/data'],
      new: ['--template', 'pledge', '--out', './taken.concord'],
      export: ['./missing.concord', '--format', 'md', '--out', './x.md'],
      import: ['./missing.md', '--out', './x.concord'],
    };
    // `templates` and `roadmap` only print built-in data: nothing can fail while they run.
    const printOnly = ['templates', 'roadmap'];
    expect(Object.keys(failures).sort()).toEqual(names.filter((n) => !printOnly.includes(n)).sort());
    for (const [name, args] of Object.entries(failures)) {
      const r = await concord(name, ...args);
      expect(r.code, name).toBe(1);
      expect(r.stderr, name).toMatch(new RegExp(`^concord ${name}: \\S`));
      expect(r.stderr, name).not.toContain('Usage:');
    }
    expect(fs.readFileSync(path.join(dir, 'taken.concord'), 'utf8')).toBe('');
  });

  it('without a command, or with an unknown one, lists the commands on stderr, exit 2', async () => {
    for (const args of [[], ['frobnicate']]) {
      const r = await concord(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Usage: concord <command>');
      for (const name of names) expect(r.stderr).toContain(`  ${name} `);
    }
  });
});
