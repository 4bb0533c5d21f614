import type { Node as PMNode } from '@tiptap/pm/model';
import { parseTagList, sortTags } from '../schema/tagList.ts';

/** A heading as listed in the table of contents and the PDF outline. */
export interface HeadingEntry {
  level: 1 | 2 | 3;
  text: string;
  anchor: string;
}

/** A note in document order; its number is its position (numbers are never stored). */
export interface FootnoteEntry {
  number: number;
  text: string;
}

/** What every writer needs to know about the document before writing it. */
export interface DocumentPlan {
  headings: HeadingEntry[];
  footnotes: FootnoteEntry[];
}

/** Anchor of the n-th heading (1-based), shared by the body, the contents and the outline. */
function headingAnchor(n: number): string {
  return `sec-${n}`;
}

/** Short form of the title for running headers (PDF and Word). */
export function shortTitle(title: string, max = 70): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/** A heading's level, clamped to the three the schema allows. */
export function headingLevel(node: PMNode): 1 | 2 | 3 {
  const level = Number(node.attrs.level);
  return level <= 1 ? 1 : level >= 3 ? 3 : 2;
}

/** Text of a block without the text of the footnotes it cites. */
export function textWithoutNotes(node: PMNode): string {
  let out = '';
  node.descendants((child) => {
    if (child.type.name === 'footnote') return false;
    if (child.isText) out += child.text ?? '';
    else if (child.type.name === 'hardBreak') out += ' ';
    return true;
  });
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * UN style numbers the body's own paragraphs: top-level, non-empty paragraphs; never headings,
 * list items, table cells or quotations.
 */
export function isNumberedParagraph(node: PMNode, parent: PMNode | null): boolean {
  return (
    node.type.name === 'paragraph' &&
    parent?.type.name === 'doc' &&
    node.content.size > 0 &&
    (node.textContent.trim() !== '' || hasFootnote(node))
  );
}

function hasFootnote(node: PMNode): boolean {
  let found = false;
  node.descendants((child) => {
    if (child.type.name === 'footnote') found = true;
    return !found;
  });
  return found;
}

/** The tags a block shows in the margin: a heading's own, or the union of the tag marks inside it. */
export function blockTags(node: PMNode): string[] {
  if (node.type.name === 'heading') return parseTagList(node.attrs.tags);
  const all = new Set<string>();
  node.descendants((child) => {
    for (const mark of child.marks)
      if (mark.type.name === 'tag') for (const t of parseTagList(mark.attrs.tags)) all.add(t);
    return child.type.name !== 'footnote';
  });
  return sortTags([...all]);
}

/** Walks the body once, in the order every writer walks it, skipping guidance (never exported). */
export function planDocument(body: PMNode): DocumentPlan {
  const headings: HeadingEntry[] = [];
  const footnotes: FootnoteEntry[] = [];
  body.descendants((node) => {
    if (node.type.name === 'guidance') return false;
    if (node.type.name === 'heading') {
      headings.push({
        level: headingLevel(node),
        text: textWithoutNotes(node),
        anchor: headingAnchor(headings.length + 1),
      });
    } else if (node.type.name === 'footnote') {
      footnotes.push({ number: footnotes.length + 1, text: node.textContent.trim() });
      return false;
    }
    return true;
  });
  return { headings, footnotes };
}

/** Hands out heading anchors, paragraph numbers and note numbers in document order while a writer walks. */
export class ExportCounters {
  private headings = 0;
  private paragraphs = 0;
  private notes = 0;

  /** Anchor for the next heading. */
  nextHeading(): string {
    this.headings += 1;
    return headingAnchor(this.headings);
  }

  /** Number for the next numbered paragraph. */
  nextParagraph(): number {
    this.paragraphs += 1;
    return this.paragraphs;
  }

  /** Number for the next footnote. */
  nextNote(): number {
    this.notes += 1;
    return this.notes;
  }
}
