import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { parseTagList, sortTags } from '../../../shared/schema/tagList.ts';

const key = new PluginKey<DecorationSet>('tagMargin');

function tagsOf(block: PMNode): string[] {
  const tags = new Set<string>(block.type.name === 'heading' ? parseTagList(block.attrs.tags) : []);
  block.descendants((node) => {
    for (const mark of node.marks) if (mark.type.name === 'tag') parseTagList(mark.attrs.tags).forEach((t) => tags.add(t));
  });
  return sortTags([...tags]);
}

function decorate(block: PMNode, pos: number): Decoration | null {
  const tags = tagsOf(block);
  return tags.length ? Decoration.node(pos, pos + block.nodeSize, { 'data-margin-tags': tags.join(' '), class: 'has-margin-tags' }) : null;
}

function build(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((block, pos) => {
    const d = decorate(block, pos);
    if (d) decorations.push(d);
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Shows each top-level block's objective and principle tags as a label in the margin. Only blocks a
 * transaction replaced are re-examined, so typing in a long report stays cheap.
 */
export const TagMargin = Extension.create({
  name: 'tagMargin',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => build(state.doc),
          apply(tr, old, oldState) {
            if (!tr.docChanged) return old;
            // Unchanged blocks are the very same node objects in the new document (ProseMirror shares
            // structure), so only blocks that are new objects need their tags read again.
            const before = new Set<PMNode>();
            oldState.doc.forEach((block) => before.add(block));
            let set = old.map(tr.mapping, tr.doc);
            tr.doc.forEach((block, pos) => {
              if (before.has(block)) return;
              set = set.remove(set.find(pos, pos + block.nodeSize).filter((d) => d.from === pos));
              const d = decorate(block, pos);
              if (d) set = set.add(tr.doc, [d]);
            });
            return set;
          },
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
