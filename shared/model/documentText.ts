import type { Node as PMNode } from '@tiptap/pm/model';
import { blockMemo } from './blockMemo.ts';
import { countWords } from './wordCount.ts';

/** Nodes whose text is not part of the body's running text: notes and writing guidance. */
export const OUTSIDE_BODY: ReadonlySet<string> = new Set(['footnote', 'guidance']);

/** A top-level block's running text, one line per block inside it; footnotes and template guidance are left out. */
function blockText(block: PMNode): string {
  if (OUTSIDE_BODY.has(block.type.name)) return '';
  const parts: string[] = [];
  block.descendants((node) => {
    if (OUTSIDE_BODY.has(node.type.name)) return false;
    if (node.isText) parts.push(node.text ?? '');
    else if (node.isBlock && parts.length > 0) parts.push('\n');
    return true;
  });
  return parts.join('');
}

// Words never run across blocks (a line break between them), so the body's counts are the blocks' sums.
const blockStats = blockMemo((block) => statsOfText(blockText(block)));

/** Words and characters of one block's running text (line breaks between its inner blocks are no characters). */
export function statsOfText(text: string): { words: number; characters: number } {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return { words: countWords(text), characters: text.length - lines };
}

/** Words and characters of the body, as the status bar and the library show them (footnotes aside). */
export function bodyStats(doc: PMNode): { words: number; characters: number } {
  let words = 0;
  let characters = 0;
  doc.forEach((block) => {
    const stats = blockStats(block);
    words += stats.words;
    characters += stats.characters;
  });
  return { words, characters };
}
