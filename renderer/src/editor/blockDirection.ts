import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import type * as Y from 'yjs';
import { META_FIELD, readMeta } from '../../../shared/model/documentMeta.ts';
import { foreignBlocksOf } from '../../../shared/model/blockLanguage.ts';
import type { ForeignBlock } from '../../../shared/model/blockLanguage.ts';
import { directionOf } from '../../../shared/i18n/locales.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';

interface DirectionState {
  language: Locale;
  decorations: DecorationSet;
}

const key = new PluginKey<DirectionState>('blockDirection');

/** Blocks that differ from the document, per top-level block object and language: unchanged blocks are the same objects after a transaction. */
const cache = new WeakMap<PMNode, { language: Locale; found: ForeignBlock[] }>();

function foreignOf(block: PMNode, language: Locale): ForeignBlock[] {
  const hit = cache.get(block);
  if (hit?.language === language) return hit.found;
  const found = foreignBlocksOf(block, language);
  cache.set(block, { language, found });
  return found;
}

function build(doc: PMNode, language: Locale): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((block, offset) => {
    for (const f of foreignOf(block, language)) {
      const from = offset + f.pos;
      decorations.push(
        Decoration.node(from, from + f.node.nodeSize, {
          ...(f.dir && { dir: f.dir }),
          ...(f.lang && { lang: f.lang }),
        }),
      );
    }
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Writing direction and language in the editor. The editable root carries the document's language
 * (`lang`, which spell-checking follows) and its direction; each block whose text starts in another
 * direction, or is clearly in another language, gets its own `dir` and `lang`, so an Arabic paragraph
 * typed into an English document is right to left at once, with its list marker or paragraph number on
 * the right, and an empty block follows the document. The language is read from the document's
 * metadata and followed live. As the tag margin does, the set is rebuilt from the top-level blocks on
 * every change (a remote change arrives as one replacement of the whole document), cached per block.
 */
export const BlockDirection = Extension.create<{ doc: Y.Doc | null }>({
  name: 'blockDirection',
  addOptions() {
    return { doc: null };
  },
  addProseMirrorPlugins() {
    const ydoc = this.options.doc;
    const language = (): Locale => (ydoc ? readMeta(ydoc).language : 'en');
    return [
      new Plugin<DirectionState>({
        key,
        state: {
          init: (_, state) => ({ language: language(), decorations: build(state.doc, language()) }),
          apply: (tr, old) => {
            const next = (tr.getMeta(key) as Locale | undefined) ?? old.language;
            if (!tr.docChanged && next === old.language) return old;
            return { language: next, decorations: build(tr.doc, next) };
          },
        },
        props: {
          decorations: (state) => key.getState(state)?.decorations,
          attributes: (state) => {
            const lang = key.getState(state)?.language ?? 'en';
            return { lang, dir: directionOf(lang) };
          },
        },
        view: (view) => {
          if (!ydoc) return {};
          const meta = ydoc.getMap(META_FIELD);
          const follow = (event: Y.YMapEvent<unknown>) => {
            if (!event.keysChanged.has('language')) return;
            const lang = language();
            if (lang !== key.getState(view.state)?.language) view.dispatch(view.state.tr.setMeta(key, lang));
          };
          meta.observe(follow);
          return { destroy: () => meta.unobserve(follow) };
        },
      }),
    ];
  },
});
