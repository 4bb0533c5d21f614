// Checks the reference data against the domain facts file kept beside the checkout
// (../shared/domain/gcm-imrf.md). Skipped where that file is not present (a fresh clone, CI).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OBJECTIVES } from '../../shared/domain/objectives.ts';
import { PRINCIPLES } from '../../shared/domain/principles.ts';
import { ROUND_TABLES } from '../../shared/domain/roundTables.ts';

const FACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/domain/gcm-imrf.md');
const text = fs.existsSync(FACTS) ? fs.readFileSync(FACTS, 'utf8') : null;

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

  it('round-table clusters and titles, with the unconfirmed ones flagged', () => {
    const table = rows(/^\| [1-4] \| \d+(, \d+)+ \|/);
    expect(table).toHaveLength(4);
    for (const [n, objectives, title] of table) {
      const rt = ROUND_TABLES[Number(n) - 1];
      expect(rt?.objectives.join(', ')).toBe(objectives);
      const unconfirmed = /\*\*\(title unconfirmed\)\*\*/.test(title ?? '');
      expect(rt?.title).toBe((title ?? '').replace(/\s*\*\*\(title unconfirmed\)\*\*/, ''));
      expect(rt?.confidence).toBe(unconfirmed ? 'unconfirmed' : 'confirmed');
    }
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
