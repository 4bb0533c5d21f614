import * as Y from 'yjs';
import { BODY_FIELD } from '../schema/extensions.ts';
import { BLOCK_NODE_NAMES, INLINE_NODE_NAMES } from '../schema/nodeNames.ts';
import { OUTSIDE_BODY, statsOfText } from './documentText.ts';

/** The text of an XmlText's live strings (formatting attributes and deleted text left out). */
function textOf(text: Y.XmlText): string {
  let out = '';
  for (let item = text._start; item; item = item.right)
    if (!item.deleted && item.content instanceof Y.ContentString) out += item.content.str;
  return out;
}

/** A top-level Yjs block's running text as bodyStats reads the same block as a ProseMirror node (documentText.ts). */
function blockText(block: Y.XmlElement): string {
  if (OUTSIDE_BODY.has(block.nodeName)) return '';
  const parts: string[] = [];
  const walk = (el: Y.XmlElement) => {
    for (let item = el._start; item; item = item.right) {
      if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
      const child = item.content.type;
      if (child instanceof Y.XmlText) {
        const text = textOf(child);
        if (text) parts.push(text);
      } else if (child instanceof Y.XmlElement && !OUTSIDE_BODY.has(child.nodeName)) {
        if (BLOCK_NODE_NAMES.has(child.nodeName) && parts.length > 0) parts.push('\n');
        walk(child);
      }
    }
  };
  walk(block);
  return parts.join('');
}

/** A node the schema has (a block from a newer app, unknown here, is left out as the editor leaves it out). */
const isKnown = (name: string) => BLOCK_NODE_NAMES.has(name) || INLINE_NODE_NAMES.has(name);

/**
 * Words and characters of a document's body as bodyStats(readBody(doc)) counts them, read from the
 * Yjs text directly: the library lists a document opened from a file without building its whole
 * body as ProseMirror nodes first (the editor, when it opens, counts its own nodes again).
 */
export function yjsBodyStats(doc: Y.Doc): { words: number; characters: number } {
  let words = 0;
  let characters = 0;
  for (const block of doc.getXmlFragment(BODY_FIELD).toArray()) {
    if (!(block instanceof Y.XmlElement) || !isKnown(block.nodeName)) continue;
    const stats = statsOfText(blockText(block));
    words += stats.words;
    characters += stats.characters;
  }
  return { words, characters };
}
