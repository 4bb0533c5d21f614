import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { parseTagList, sortTags } from '../../../shared/schema/tagList.ts';
import { changedBlocks } from '../editor/changedBlocks.ts';
import { asTopLevelDecorations } from '../editor/topLevelDecorations.ts';

const key = new PluginKey<DecorationSet>('tagMargin');

function tagsOf(block: PMNode): string[] {
  const tags = new Set<string>(block.type.name === 'heading' ? parseTagList(block.attrs.tags) : []);
  block.descendants((node) => {
    for (const mark of node.marks)
      if (mark.type.name === 'tag') parseTagList(mark.attrs.tags).forEach((t) => tags.add(t));
  });
  return sortTags([...tags]);
}

/** Tags per block node. Unchanged blocks are the very same node objects after a transaction (local or remote), so they are read once. */
const tagCache = new WeakMap<PMNode, string[]>();

function cachedTags(block: PMNode): string[] {
  let tags = tagCache.get(block);
  if (!tags) {
    tags = tagsOf(block);
    tagCache.set(block, tags);
  }
  return tags;
}

function label(block: PMNode, pos: number): Decoration | null {
  const tags = cachedTags(block);
  if (!tags.length) return null;
  return Decoration.node(
    pos,
    pos + block.nodeSize,
    { 'data-margin-tags': tags.join(' '), class: 'has-margin-tags' },
    { marginTags: true },
  );
}

const tagsOfLabel = (d: Decoration) =>
  (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-margin-tags'];
const sameLabel = (a: Decoration, b: Decoration) =>
  a.from === b.from && a.to === b.to && tagsOfLabel(a) === tagsOfLabel(b);

function build(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((block, pos) => {
    const d = label(block, pos);
    if (d) decorations.push(d);
  });
  return DecorationSet.create(doc, decorations);
}

/** The labels mapped through a transaction, redone for the top-level blocks it touched only. */
function update(tr: Transaction, old: DecorationSet): DecorationSet {
  let set = old.map(tr.mapping, tr.doc);
  for (const { from, to } of changedBlocks(tr)) {
    const stale = set.find(from, to).filter((d) => d.from >= from && d.to <= to);
    const fresh: Decoration[] = [];
    tr.doc.nodesBetween(from, to, (block, pos) => {
      const d = label(block, pos);
      if (d) fresh.push(d);
      return false;
    });
    // Typing inside a block keeps its label as mapped: leave the set alone (adding walks the document's children).
    if (stale.length === fresh.length && stale.every((d, i) => sameLabel(d, fresh[i]!))) continue;
    set = set.remove(stale).add(tr.doc, fresh);
  }
  return set;
}

/**
 * Shows each top-level block's objective and principle tags as a label in the margin. Built once;
 * after that each transaction maps the labels and redoes those of the blocks it touched (a change
 * from Yjs arrives as steps over the changed blocks too), reading tags once per block node.
 */
export const TagMargin = Extension.create({
  name: 'tagMargin',
  addProseMirrorPlugins: () => [tagMarginPlugin()],
});

/** The margin labels' plugin (TagMargin's, also used alone in tests). */
export function tagMarginPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: (_, state) => build(state.doc),
      apply: (tr, old) => (tr.docChanged ? update(tr, old) : old),
    },
    props: {
      decorations: (state) => {
        const set = key.getState(state);
        return set && asTopLevelDecorations(set);
      },
    },
  });
}
