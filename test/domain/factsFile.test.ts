// Checks the reference data against the domain facts file kept beside the checkout
// (../shared/domain/gcm-imrf.md). Skipped where that file is not present (a fresh clone, CI).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OBJECTIVES } from '../../shared/domain/objectives.ts';
import { PRINCIPLES } from '../../shared/domain/principles.ts';
import { ROUND_TABLES } from '../../shared/domain/roundTables.ts';

const DOMAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/domain');
const read = (file: string) =>
  fs.existsSync(path.join(DOMAIN, file)) ? fs.readFileSync(path.join(DOMAIN, file), 'utf8') : null;
const text = read('gcm-imrf.md');
const titles = read('gcm-titles-un-languages.md');

function rows(prefix: RegExp): string[][] {
  return (text ?? '')
    .split('\n')
    .filter((line) => prefix.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
}

describe.skipIf(text === null)('reference data matches the facts file', () => {
  it('objective titles and labels', () => {
    const table = rows(/^\| \d+ \| [A-Z]/).filter((r) => r.length === 3 && !/^\d/.test(r[1] ?? ''));
    expect(table).toHaveLength(23);
    for (const [n, title, label] of table) {
      const o = OBJECTIVES[Number(n) - 1];
      expect(o?.title, `objective ${n}`).toBe(title);
      expect(o?.label, `objective ${n}`).toBe(label);
    }
  });

  it('round-table clusters and titles; every title unconfirmed, as no official source gives one', () => {
    const table = rows(/^\| [1-4] \| \d+(, \d+)+ \|/);
    expect(table).toHaveLength(4);
    for (const [n, objectives, title] of table) {
      const rt = ROUND_TABLES[Number(n) - 1];
      expect(rt?.objectives.join(', ')).toBe(objectives);
      expect(rt?.title).toBe((title ?? '').replace(/\s*\*\*\(title unconfirmed\)\*\*/, ''));
      expect(rt?.confidence).toBe('unconfirmed');
    }
  });

  it.skipIf(titles === null)('the titles file found no official round-table title', () => {
    const section = (titles ?? '').slice(
      (titles ?? '').indexOf('## Round tables of the International Migration Review Forum'),
    );
    const found = section.split('\n').filter((l) => /^\| [1-4] \|/.test(l));
    expect(found).toHaveLength(4);
    for (const line of found) expect(line).toContain('NOT FOUND');
  });

  it('guiding principles in para 15 order', () => {
    const start = (text ?? '').indexOf('## The 10 guiding principles');
    const block = (text ?? '').slice(start).split('\n\n')[0]!.split('\n').slice(1).join(' ');
    const names = block
      .replace(/\.$/, '')
      .split(';')
      .map((s) => s.trim());
    expect(PRINCIPLES.map((p) => p.title)).toEqual(names);
  });
});
