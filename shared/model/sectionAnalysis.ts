import type { JSONContent } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { SectionBudget } from '../schema/budget.ts';
import { sortTags } from '../schema/tagList.ts';
import { DEFAULT_WORDS_PER_MINUTE, speakingSeconds } from '../domain/oralStatements.ts';
import { blockMemo } from './blockMemo.ts';
import { countWords } from './wordCount.ts';
import type { BudgetReport } from './budgetCheck.ts';
import { checkBudget } from './budgetCheck.ts';
import type { DocSection } from './sections.ts';
import { descendantsOf, inheritedTags, splitSections } from './sections.ts';
import { blockText, markTagsIn, taggedText } from './sectionText.ts';
import { codePointCount, trimmedCharacters } from './trimmedCharacters.ts';

/** A section with its counts, budget verdict and tags. */
export interface SectionStats extends DocSection {
  /** The section's own content, subsections excluded. */
  words: number;
  characters: number;
  /** Own content plus every subsection: what the section's budget is checked against. */
  totalWords: number;
  totalCharacters: number;
  /** Reading time of totalWords at the chosen pace. */
  speakingSeconds: number;
  budgetReport: BudgetReport;
  tags: { heading: string[]; inherited: string[]; marks: string[]; all: string[] };
  /** Words per tag in the section's own content: heading and inherited tags count every word, marks what they cover. */
  taggedWords: Record<string, number>;
}

export interface AnalysisOptions {
  /** Reading pace for speaking time, words a minute (default 120). */
  wordsPerMinute?: number;
}

// What a section needs of each top-level block, remembered by the block (blockMemo.ts): a recount
// after typing reads the blocks that changed only.
const blockFacts = blockMemo((block) => {
  const text = blockText(block);
  const tagged = [...taggedText(block)].map(([tag, covered]) => [tag, countWords(covered)] as const);
  return { text, codePoints: codePointCount(text), words: countWords(text), tagged, marks: markTagsIn(block) };
});

// Words never run across blocks (joined by a line break), so a section's words are its blocks' sums.
function ownCounts(section: DocSection): { words: number; characters: number } {
  const facts = section.blocks.map(blockFacts);
  const texts = facts.filter((f) => f.text.length > 0);
  return { words: facts.reduce((n, f) => n + f.words, 0), characters: trimmedCharacters(texts) };
}

function wordsByTag(section: DocSection, scope: readonly string[], words: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const tag of scope) out[tag] = words;
  for (const block of section.blocks) {
    for (const [tag, count] of blockFacts(block).tagged) if (!scope.includes(tag)) out[tag] = (out[tag] ?? 0) + count;
  }
  return out;
}

/** Every section with its words, characters, speaking time, budget verdict and tags. */
export function analyseSections(doc: PMNode | JSONContent, options: AnalysisOptions = {}): SectionStats[] {
  const pace = options.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE;
  const sections = splitSections(doc);
  const own = sections.map(ownCounts);
  return sections.map((section, i) => {
    const mine = own[i] ?? { words: 0, characters: 0 };
    const sub = descendantsOf(sections, i).map((j) => own[j] ?? { words: 0, characters: 0 });
    const totalWords = mine.words + sub.reduce((n, c) => n + c.words, 0);
    const totalCharacters = mine.characters + sub.reduce((n, c) => n + c.characters, 0);
    const seconds = speakingSeconds(totalWords, pace);
    const inherited = inheritedTags(sections, i);
    const marks = sortTags(section.blocks.flatMap((block) => blockFacts(block).marks));
    const scope = [...new Set([...section.headingTags, ...inherited])];
    return {
      ...section,
      words: mine.words,
      characters: mine.characters,
      totalWords,
      totalCharacters,
      speakingSeconds: seconds,
      budgetReport: checkBudget(section.budget, {
        words: totalWords,
        characters: totalCharacters,
        speakingSeconds: seconds,
      }),
      tags: {
        heading: section.headingTags,
        inherited: sortTags(inherited),
        marks: [...new Set(marks)],
        all: sortTags([...new Set([...scope, ...marks])]),
      },
      taggedWords: wordsByTag(section, scope, mine.words),
    };
  });
}

/** A whole document's counts. */
export interface DocumentStats {
  sections: SectionStats[];
  words: number;
  characters: number;
  speakingSeconds: number;
  budgetReport: BudgetReport;
  /** Indexes of sections over (or, for minimum lengths, under) their budget. */
  outOfBudget: number[];
}

/** The whole document: its sections, totals and the verdict of a document-wide budget. */
export function analyseDocument(
  doc: PMNode | JSONContent,
  options: AnalysisOptions & { documentBudget?: SectionBudget | null } = {},
): DocumentStats {
  const sections = analyseSections(doc, options);
  const words = sections.reduce((n, s) => n + s.words, 0);
  const characters = sections.reduce((n, s) => n + s.characters, 0);
  const seconds = speakingSeconds(words, options.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE);
  return {
    sections,
    words,
    characters,
    speakingSeconds: seconds,
    budgetReport: checkBudget(options.documentBudget, { words, characters, speakingSeconds: seconds }),
    outOfBudget: sections
      .filter((s) => s.budgetReport.status === 'over' || s.budgetReport.status === 'under')
      .map((s) => s.index),
  };
}
