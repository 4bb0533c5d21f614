// Checks the titles in the six languages against the titles file kept beside the checkout
// (../shared/domain/gcm-titles-un-languages.md): wording copied exactly where the file has it, and no
// title presented as official where the file says NOT FOUND. Skipped where that file is not present.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { objectiveTitle, principleTitle } from '../../shared/domain/titles/localizedTitles.ts';
import type { Locale } from '../../shared/i18n/locales.ts';

// Beside the checkout (../shared/domain), or beside the folder of worktrees (../../shared/domain).
const FILE = ['../../../shared/domain', '../../../../shared/domain']
  .map((dir) => path.resolve(path.dirname(fileURLToPath(import.meta.url)), dir, 'gcm-titles-un-languages.md'))
  .find((file) => fs.existsSync(file));
const text = FILE ? fs.readFileSync(FILE, 'utf8') : null;

/** The rows "| n | title |" of one language's section. */
function objectiveRows(heading: string): Map<number, string> {
  const start = (text ?? '').indexOf(`## ${heading}\n`);
  const section = (text ?? '').slice(start, (text ?? '').indexOf('\n## ', start + 1));
  const rows = new Map<number, string>();
  for (const m of section.matchAll(/^\| (\d+) \| (.+) \|$/gm)) rows.set(Number(m[1]), m[2]!.trim());
  return rows;
}

const LANGUAGES: [Locale, string][] = [
  ['en', 'English'],
  ['fr', 'French'],
  ['es', 'Spanish'],
  ['ru', 'Russian'],
];

describe.skipIf(text === null)('objective and principle titles match the titles file', () => {
  it.each(LANGUAGES)(
    '%s: copied exactly where found, secondary where the file says so, never official where not found',
    (locale, heading) => {
      const rows = objectiveRows(heading);
      // Russian lists only objective 1 and a "2–23" row.
      for (let n = 1; n <= 23; n++) {
        const row = rows.get(n);
        const title = objectiveTitle(n, locale);
        if (!row || row.startsWith('NOT FOUND')) {
          expect(title.official, `${locale} ${n}`).toBe(false);
          expect(title.confidence, `${locale} ${n}`).toBe('ours');
        } else if (row.endsWith('*(secondary)*')) {
          expect(title.text).toBe(row.replace(/\s*\*\(secondary\)\*$/, ''));
          expect([title.official, title.confidence]).toEqual([false, 'secondary']);
        } else {
          expect(title.text, `${locale} ${n}`).toBe(row);
          expect(title.official, `${locale} ${n}`).toBe(true);
          expect(title.source?.url, `${locale} ${n}`).toBeTruthy();
        }
      }
    },
  );

  it('Arabic and Chinese: every objective was not found, so none is presented as official', () => {
    expect(text).toMatch(/## Arabic\n\n\| No\. \| official title \|\n\|---\|---\|\n\| 1–23 \| NOT FOUND \(all 23\) \|/);
    expect(text).toMatch(
      /## Chinese\n\n\| No\. \| official title \|\n\|---\|---\|\n\| 1–23 \| NOT FOUND \(all 23\) \|/,
    );
    for (const locale of ['ar', 'zh'] as const)
      for (let n = 1; n <= 23; n++) expect(objectiveTitle(n, locale).official).toBe(false);
  });

  it('guiding principles: French and Spanish from the table, Chinese from the Progress Declaration, the rest ours', () => {
    const rows = [...(text ?? '').matchAll(/^\| \(([a-j])\) \| (.+) \| (.+) \|$/gm)];
    expect(rows).toHaveLength(10);
    rows.forEach((m, i) => {
      expect(principleTitle(i + 1, 'fr').text).toBe(m[2]);
      expect(principleTitle(i + 1, 'es').text).toBe(m[3]);
    });
    const zh = Array.from({ length: 10 }, (_, i) => principleTitle(i + 1, 'zh').text);
    expect(text).toContain(`${zh.slice(0, 8).join('、')}、${zh[8]}和${zh[9]}`);
    for (let n = 1; n <= 10; n++) {
      expect(principleTitle(n, 'zh').official).toBe(true);
      expect(principleTitle(n, 'ar').official).toBe(false);
      expect(principleTitle(n, 'ru').official).toBe(false);
    }
  });
});
