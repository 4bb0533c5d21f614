import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/catalogues/en.ts';

// Every message in the catalogues is shown somewhere: a message no code names is dead weight that
// translators would keep paying for. Ids are named as string literals (`t('library.title')`, or in a
// table of ids), so a plain search of the code finds them.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function code(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'catalogues' ? [] : code(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [fs.readFileSync(full, 'utf8')] : [];
  });
}

describe('the message catalogues', () => {
  it('hold no message the application never shows', () => {
    const source = ['renderer/src', 'electron', 'shared'].flatMap((dir) => code(path.join(root, dir))).join('\n');
    // The shipped roadmap's words are named by the item's id (shared/i18n/roadmapWording.ts);
    // shared/i18n/catalogues/roadmap/roadmapMessages.test.ts holds them to exactly the shipped items.
    // Checklist items' words are found by their shipped text (checklistText, same file; checklistMessages.test.ts).
    const computed = (id: string) =>
      (id.startsWith('roadmapData.') && source.includes('`roadmapData.${item.id}.')) ||
      (id.startsWith('checklistData.') && source.includes("id.startsWith('checklistData.')"));
    const unused = Object.keys(en).filter((id) => !source.includes(`'${id}'`) && !computed(id));
    expect(unused).toEqual([]);
  });
});
