import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { parseTagList, sortTags } from '../../../shared/schema/tagList.ts';

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

function build(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((block, pos) => {
    const tags = cachedTags(block);
    if (tags.length)
      decorations.push(
        Decoration.node(pos, pos + block.nodeSize, { 'data-margin-tags': tags.join(' '), class: 'has-margin-tags' }),
      );
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Shows each top-level block's objective and principle tags as a label in the margin. The set is
 * rebuilt from the top-level blocks on every change, which stays cheap because tags are cached per
 * node object. (Mapping the old set would not do: a remote change arrives from the Yjs binding as one
 * replacement of the whole document, which drops every mapped decoration.)
 */
export const TagMargin = Extension.create({
  name: 'tagMargin',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => build(state.doc),
          apply: (tr, old) => (tr.docChanged ? build(tr.doc) : old),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
