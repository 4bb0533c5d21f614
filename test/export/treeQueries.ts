import type { Node as PMNode } from '@tiptap/pm/model';
import { textWithoutNotes } from '../../shared/export/documentPlan.ts';

/** Every node of a type, in document order. */
export function nodesOf(doc: PMNode, type: string): PMNode[] {
  const out: PMNode[] = [];
  doc.descendants((n) => {
    if (n.type.name === type) out.push(n);
  });
  return out;
}

/** Headings as level and text. */
export function headingsOf(doc: PMNode): { level: number; text: string }[] {
  return nodesOf(doc, 'heading').map((h) => ({ level: Number(h.attrs.level), text: textWithoutNotes(h) }));
}

/** Link targets, in order, one per linked text run. */
export function linksOf(doc: PMNode): string[] {
  const out: string[] = [];
  doc.descendants((n) => {
    const link = n.marks.find((m) => m.type.name === 'link');
    if (link) out.push(String(link.attrs.href));
  });
  return out;
}
