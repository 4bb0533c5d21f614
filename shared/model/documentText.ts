import type { Node as PMNode } from '@tiptap/pm/model';
import { countWords } from './wordCount.ts';

/** Nodes whose text is not part of the body's running text: notes and writing guidance. */
const OUTSIDE_BODY = new Set(['footnote', 'guidance']);

/** The body's running text, one line per block; footnotes and template guidance are left out. */
function bodyText(doc: PMNode): string {
  const parts: string[] = [];
  doc.descendants((node) => {
    if (OUTSIDE_BODY.has(node.type.name)) return false;
    if (node.isText) parts.push(node.text ?? '');
    else if (node.isBlock && parts.length > 0) parts.push('\n');
    return true;
  });
  return parts.join('');
}

/** Words and characters of the body, as the status bar and the library show them (footnotes aside). */
export function bodyStats(doc: PMNode): { words: number; characters: number } {
  const text = bodyText(doc);
  return { words: countWords(text), characters: text.replace(/\n/g, '').length };
}
