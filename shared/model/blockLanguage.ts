import type { Node as PMNode } from '@tiptap/pm/model';
import { detectLanguage } from '../i18n/detectLanguage.ts';
import { directionOf } from '../i18n/locales.ts';
import type { Locale } from '../i18n/locales.ts';
import { firstStrongDirection } from '../i18n/textDirection.ts';
import type { Direction } from '../i18n/textDirection.ts';

/** Characters of a block read to tell its language: a long paragraph is decided by its start. */
const SAMPLE_CHARS = 1500;
/** Characters of a block read for its direction (a prefix of the language's sample). */
const DIRECTION_CHARS = 400;

/** A block's own text, without the text of the notes it cites (a note is read on its own). */
function blockText(node: PMNode, max = SAMPLE_CHARS): string {
  if (node.type.name === 'guidance') return String(node.attrs.text ?? '').slice(0, max);
  let out = '';
  node.descendants((child) => {
    if (out.length >= max || child.type.name === 'footnote') return false;
    if (child.isText) out += child.text ?? '';
    else if (child.isBlock && out) out += ' ';
    return true;
  });
  return out.slice(0, max);
}

/**
 * A text's direction: that of its first letter (Unicode's rule for a paragraph), so an Arabic
 * paragraph in an English document is right to left; except that a text in a right-to-left language
 * is right to left even when it opens with a Latin name, an acronym or a code ("UNHCR تقرير…",
 * "A/RES/73/195 …"), as its reader expects. Null when it has no letter yet (an empty paragraph).
 */
function textDirection(text: string, lang: Locale | null): Direction | null {
  if (lang && directionOf(lang) === 'rtl') return 'rtl';
  return firstStrongDirection(text.slice(0, DIRECTION_CHARS));
}

/** A block's direction (`textDirection`); `fallback` (the surrounding direction) when it has no letter. */
export function blockDirection(node: PMNode, fallback: Direction): Direction {
  const text = blockText(node);
  return textDirection(text, detectLanguage(text)) ?? fallback;
}

/** Where a block's direction or language differs from what it sits in; only these need saying. */
export interface ForeignBlock {
  node: PMNode;
  /** Position of the block (before its opening token) in the node that was walked. */
  pos: number;
  dir?: Direction;
  lang?: Locale;
}

/** Whether a node is a block that carries a direction of its own (table rows follow their table). */
export function takesDirection(node: PMNode): boolean {
  return node.isBlock && node.type.name !== 'tableRow' && node.type.name !== 'horizontalRule';
}

/** The direction and language a block's text is read in. */
export interface BlockScope {
  dir: Direction;
  lang: Locale;
}

/** A block's own scope, inside `parent`'s: its text decides where it can, else it follows `parent`. */
export function blockScope(node: PMNode, parent: BlockScope): BlockScope {
  // One walk for both: the direction's sample is the start of the language's.
  const text = blockText(node);
  const detected = detectLanguage(text);
  return { dir: textDirection(text, detected) ?? parent.dir, lang: detected ?? parent.lang };
}

function visit(child: PMNode, pos: number, parent: BlockScope, out: ForeignBlock[]): void {
  if (!takesDirection(child)) return;
  const { dir, lang } = blockScope(child, parent);
  if (dir !== parent.dir || lang !== parent.lang)
    out.push({
      node: child,
      pos,
      ...(dir !== parent.dir ? { dir } : {}),
      ...(lang !== parent.lang ? { lang } : {}),
    });
  if (!child.isTextblock)
    child.forEach((grandchild, offset) => visit(grandchild, pos + 1 + offset, { dir, lang }, out));
}

/**
 * One top-level block and the blocks inside it whose direction or language differs from that of the
 * block around them (the document's, for the top-level one), positions relative to the block's start.
 * Nested blocks are compared with their parent's effective values, so a left-to-right quotation inside
 * a right-to-left list item is found too.
 */
export function foreignBlocksOf(block: PMNode, lang: Locale, dir: Direction = directionOf(lang)): ForeignBlock[] {
  const out: ForeignBlock[] = [];
  visit(block, 0, { dir, lang }, out);
  return out;
}

/** Every block of a body whose direction or language differs from its surroundings, positions in `body`. */
export function foreignBlocks(body: PMNode, lang: Locale): ForeignBlock[] {
  const out: ForeignBlock[] = [];
  body.forEach((block, offset) => {
    for (const found of foreignBlocksOf(block, lang)) out.push({ ...found, pos: found.pos + offset });
  });
  return out;
}
