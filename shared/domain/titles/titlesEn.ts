import { OBJECTIVES } from '../objectives.ts';
import { PRINCIPLES } from '../principles.ts';
import { ROUND_TABLES } from '../roundTables.ts';
import { SOURCES } from '../sources.ts';
import type { Source } from '../sources.ts';
import { official, ours } from './titleTypes.ts';
import type { LocalizedTitle, TitleSet } from './titleTypes.ts';

const network = (term: number): Source => ({
  label: 'UN Network on Migration, page of the objective',
  url: `https://migrationnetwork.un.org/taxonomy/term/${term}`,
});

/** Where each English objective title was checked (gcm-titles-un-languages.md, English). */
function englishObjective(n: number, text: string): LocalizedTitle {
  if (n === 9)
    return official(text, 'official-UN', { ...network(739), label: 'UN Network on Migration, list of objectives' });
  if ([5, 7, 10, 11].includes(n)) return official(text, 'official-UN', network(278 + n));
  if ([3, 4, 6, 8].includes(n)) return official(text, 'official-IOM', SOURCES.iomHandbook);
  return official(text, 'official-doc', SOURCES.gcm);
}

/** English: the resolution's own titles; the round tables' titles are Concord's (no source gives any). */
export const TITLES_EN: TitleSet = {
  objectives: OBJECTIVES.map((o) => englishObjective(o.number, o.title)),
  principles: PRINCIPLES.map((p) => official(p.title, 'official-doc', p.sources[0] ?? SOURCES.gcm)),
  roundTables: ROUND_TABLES.map((rt) => ours(rt.title)),
};
