import type { Node as PMNode } from '@tiptap/pm/model';
import { captionId, captionKind } from './caption.ts';
import type { CaptionKind } from './caption.ts';

/** The words captions and cross-references show before the number, by kind. */
export type CaptionLabels = Record<CaptionKind, string>;

/** English labels, where none are given; the editor and the exports pass the document language's (figureWording.ts). */
const CAPTION_LABELS: CaptionLabels = { figure: 'Figure', table: 'Table' };

/** A numbered caption. */
export interface CaptionNumber {
  kind: CaptionKind;
  number: number;
  /** "Figure 3" */
  label: string;
}

/** What a caption's number depends on: the captions in document order, each with its id, kind and text. */
export interface CaptionEntry extends CaptionNumber {
  id: string | null;
  text: string;
}

/**
 * Numbers the captions of `body` in document order, figures and tables each from 1; guidance is
 * skipped. Every writer and the editor use this, so "Figure 3" means the same everywhere.
 */
export function listCaptions(body: PMNode, labels: CaptionLabels = CAPTION_LABELS): CaptionEntry[] {
  const counts: Record<CaptionKind, number> = { figure: 0, table: 0 };
  const out: CaptionEntry[] = [];
  body.descendants((node) => {
    if (node.type.name === 'guidance') return false;
    if (node.type.name !== 'caption') return !node.isTextblock;
    const kind = captionKind(node.attrs.kind);
    const number = ++counts[kind];
    out.push({
      id: captionId(node.attrs.id),
      kind,
      number,
      label: `${labels[kind]} ${number}`,
      text: node.textContent.replace(/\s+/g, ' ').trim(),
    });
    return false;
  });
  return out;
}

/** Caption ids to their numbers; when two captions share an id, the first one is the target. */
export function captionNumbers(body: PMNode, labels: CaptionLabels = CAPTION_LABELS): Map<string, CaptionNumber> {
  const out = new Map<string, CaptionNumber>();
  for (const entry of listCaptions(body, labels))
    if (entry.id && !out.has(entry.id))
      out.set(entry.id, { kind: entry.kind, number: entry.number, label: entry.label });
  return out;
}

/** What a cross-reference reads: its caption's label, or `missing` (a visible note) when the caption is gone. */
export function crossRefText(numbers: ReadonlyMap<string, CaptionNumber>, target: unknown, missing: string): string {
  const id = captionId(target);
  return (id && numbers.get(id)?.label) || missing;
}
