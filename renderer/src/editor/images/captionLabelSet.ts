import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { captionId, captionKind } from '../../../../shared/schema/caption.ts';
import { captionNumbers, crossRefText, listCaptions } from '../../../../shared/schema/captionNumbers.ts';
import type { CaptionLabels as Labels } from '../../../../shared/schema/captionNumbers.ts';
import { FIGURE_WORDING } from '../../../../shared/export/figureWording.ts';
import type { Locale } from '../../../../shared/i18n/locales.ts';
import { touchedBlocks } from '../touchedBlocks.ts';

/** The caption labels of a document language, as its exports print them ("Figura 3" in Spanish). */
export function captionLabelsOf(language: Locale): Labels {
  const words = FIGURE_WORDING[language];
  return { figure: words.figure, table: words.table };
}

/** Every caption's and cross-reference's label in `doc`, from the whole document. */
export function buildLabels(doc: PMNode, language: Locale): DecorationSet {
  const captions = listCaptions(doc, captionLabelsOf(language));
  const numbers = captionNumbers(doc, captionLabelsOf(language));
  const missing = FIGURE_WORDING[language].missingReference;
  const decorations: Decoration[] = [];
  let index = 0;
  doc.descendants((node, pos) => {
    if (node.type.name === 'guidance') return false;
    if (node.type.name === 'caption') {
      const entry = captions[index++];
      if (entry) decorations.push(labelAt(pos, node, entry.label));
      return false;
    }
    if (node.type.name === 'crossRef')
      decorations.push(labelAt(pos, node, crossRefText(numbers, node.attrs.target, missing)));
    return !node.isTextblock || mayHoldCrossRef(node);
  });
  return DecorationSet.create(doc, decorations);
}

/** Whether a text block holds a cross-reference (the others are not walked into). */
function mayHoldCrossRef(block: PMNode): boolean {
  let found = false;
  block.forEach((child) => (found ||= child.type.name === 'crossRef'));
  return found;
}

const labelAt = (pos: number, node: PMNode, label: string) =>
  Decoration.node(pos, pos + node.nodeSize, { 'data-label': label });

const labelOf = (d: Decoration) =>
  (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-label'];

/** The labelled nodes (captions, cross-references outside captions and guidance) between two block boundaries. */
function labelled(doc: PMNode, from: number, to: number): { pos: number; node: PMNode; key: string }[] {
  const out: { pos: number; node: PMNode; key: string }[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (node.type.name === 'guidance') return false;
    const name = node.type.name;
    if (name === 'caption')
      out.push({ pos, node, key: `c ${captionKind(node.attrs.kind)} ${captionId(node.attrs.id)}` });
    if (name === 'crossRef') out.push({ pos, node, key: `x ${captionId(node.attrs.target)}` });
    return name !== 'caption';
  });
  return out;
}

/**
 * The labels after a transaction: mapped, and redone for the top-level blocks it touched with the
 * labels they had, as long as those blocks hold the same captions and cross-references in the same
 * order (so no number elsewhere can change); otherwise rebuilt from the whole document. Typing costs
 * the touched block, not the document.
 */
export function updateLabels(tr: Transaction, old: DecorationSet, language: Locale): DecorationSet {
  const range = touchedBlocks(tr);
  if (!range) return buildLabels(tr.doc, language);
  const before = labelled(tr.before, range.from, range.oldTo);
  const after = labelled(tr.doc, range.from, range.to);
  if (before.length !== after.length || before.some((b, i) => b.key !== after[i]!.key))
    return buildLabels(tr.doc, language);
  if (after.length === 0) return old.map(tr.mapping, tr.doc);
  const had = old
    .find(range.from, range.oldTo)
    .filter((d) => d.from >= range.from && d.to <= range.oldTo)
    .sort((a, b) => a.from - b.from);
  if (had.length !== after.length) return buildLabels(tr.doc, language);
  let set = old.map(tr.mapping, tr.doc);
  const stale = set
    .find(range.from, range.to)
    .filter((d) => d.from >= range.from && d.to <= range.to)
    .sort((a, b) => a.from - b.from);
  const fresh = after.map(({ pos, node }, i) => labelAt(pos, node, labelOf(had[i]!) ?? ''));
  const same =
    stale.length === fresh.length &&
    stale.every((d, i) => d.from === fresh[i]!.from && d.to === fresh[i]!.to && labelOf(d) === labelOf(fresh[i]!));
  if (!same) set = set.remove(stale).add(tr.doc, fresh);
  return set;
}
