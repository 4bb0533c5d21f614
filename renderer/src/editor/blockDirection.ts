import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import type * as Y from 'yjs';
import { META_FIELD, readMeta } from '../../../shared/model/documentMeta.ts';
import { foreignBlocksOf } from '../../../shared/model/blockLanguage.ts';
import type { ForeignBlock } from '../../../shared/model/blockLanguage.ts';
import { directionOf } from '../../../shared/i18n/locales.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { changedBlocks, type BlockRange } from './changedBlocks.ts';
import { afterPaint } from '../hooks/afterPaint.ts';

interface DirectionState {
  language: Locale;
  decorations: DecorationSet;
  /** A change too large to read at once (opening a document) waits for the view to read it after a paint. */
  pending: boolean;
}

/** A change spanning more top-level blocks than this is read after the next paint, in slices (opening a document). */
const EAGER_BLOCKS = 150;
/** How long one slice of that reading may hold the main thread, in milliseconds. */
const SLICE_MS = 8;

/** What the view asks of the state once it has read every block's direction (all are then in the cache). */
type DirectionMeta = Locale | { rebuild: true };

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

/** The decorations of one top-level block at `offset`; the spec repeats dir and lang to compare them. */
function decorationsOf(block: PMNode, offset: number, language: Locale): Decoration[] {
  return foreignOf(block, language).map((f) => {
    const from = offset + f.pos;
    const attrs = { ...(f.dir && { dir: f.dir }), ...(f.lang && { lang: f.lang }) };
    return Decoration.node(from, from + f.node.nodeSize, attrs, { dir: f.dir, lang: f.lang });
  });
}

function build(doc: PMNode, language: Locale): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((block, offset) => decorations.push(...decorationsOf(block, offset, language)));
  return DecorationSet.create(doc, decorations);
}

const same = (a: Decoration, b: Decoration) =>
  a.from === b.from && a.to === b.to && a.spec.dir === b.spec.dir && a.spec.lang === b.spec.lang;

/** The decorations mapped through a transaction, redone for the top-level blocks it touched only. */
function update(tr: Transaction, old: DecorationSet, language: Locale, ranges: readonly BlockRange[]): DecorationSet {
  let set = old.map(tr.mapping, tr.doc);
  for (const { from, to } of ranges) {
    const stale = set.find(from, to).filter((d) => d.from >= from && d.to <= to);
    const fresh: Decoration[] = [];
    tr.doc.nodesBetween(from, to, (block, pos) => {
      fresh.push(...decorationsOf(block, pos, language));
      return false;
    });
    // Typing inside a block rarely changes its direction: then leave the set alone (adding walks the document's children).
    if (stale.length === fresh.length && stale.every((d, i) => same(d, fresh[i]!))) continue;
    set = set.remove(stale).add(tr.doc, fresh);
  }
  return set;
}

function spansMany(doc: PMNode, ranges: readonly BlockRange[]): boolean {
  let blocks = 0;
  for (const { from, to } of ranges) {
    blocks += doc.resolve(to).index(0) - doc.resolve(from).index(0);
    if (blocks > EAGER_BLOCKS) return true;
  }
  return false;
}

/**
 * Reads the direction of every top-level block after a paint, a few milliseconds at a time (each
 * block's result goes to the cache), then has the state rebuild its decorations from the cache: a
 * long document opens without first reading the language of every paragraph.
 */
class LateReader {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private cancelWait: (() => void) | null = null;
  private next = 0;

  constructor(private readonly view: EditorView) {}

  check(): void {
    if (!key.getState(this.view.state)?.pending || this.timer !== null || this.cancelWait !== null) return;
    this.next = 0;
    this.cancelWait = afterPaint(() => {
      this.cancelWait = null;
      this.slice();
    });
  }

  private readonly slice = () => {
    this.timer = null;
    const state = key.getState(this.view.state);
    if (!state?.pending) return;
    const doc = this.view.state.doc;
    const until = performance.now() + SLICE_MS;
    while (this.next < doc.childCount && performance.now() < until) foreignOf(doc.child(this.next++), state.language);
    if (this.next < doc.childCount) this.timer = setTimeout(this.slice, 0);
    else this.view.dispatch(this.view.state.tr.setMeta(key, { rebuild: true } satisfies DirectionMeta));
  };

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.cancelWait?.();
    this.timer = this.cancelWait = null;
  }
}

/** The document's language as the editor follows it (English where the block direction plugin is absent). */
export function editorLanguage(state: EditorState): Locale {
  return key.getState(state)?.language ?? 'en';
}

/**
 * The block direction plugin (BlockDirection's, also used alone in tests), following `ydoc`'s
 * language (English without one). Built once per language; after that each transaction maps the
 * decorations and redoes those of the top-level blocks it touched (a change from Yjs arrives as steps
 * over the changed blocks too, shared/binding), so a keystroke costs one block, not the document.
 * With `lateOpening` (an editor's, whose view reads what waits), a state created with a long document
 * (the Yjs binding gives the editor the body as its first document) reads it after the first paint too.
 */
export function blockDirectionPlugin(ydoc: Y.Doc | null, { lateOpening = false } = {}): Plugin<DirectionState> {
  const language = (): Locale => (ydoc ? readMeta(ydoc).language : 'en');
  // Whether a view shows this state: only a view can read a large change after painting it.
  let shown = false;
  return new Plugin<DirectionState>({
    key,
    state: {
      init: (_, state) =>
        lateOpening && state.doc.childCount > EAGER_BLOCKS
          ? { language: language(), decorations: DecorationSet.empty, pending: true }
          : { language: language(), decorations: build(state.doc, language()), pending: false },
      apply: (tr, old) => {
        const meta = tr.getMeta(key) as DirectionMeta | undefined;
        const next = typeof meta === 'string' ? meta : old.language;
        const rebuild = next !== old.language || (typeof meta === 'object' && old.pending);
        if (rebuild) return { language: next, decorations: build(tr.doc, next), pending: false };
        if (!tr.docChanged) return old;
        const ranges = changedBlocks(tr);
        if (shown && spansMany(tr.doc, ranges))
          return { language: next, decorations: old.decorations.map(tr.mapping, tr.doc), pending: true };
        return { language: next, decorations: update(tr, old.decorations, next, ranges), pending: old.pending };
      },
    },
    props: {
      // A view asks for them while it is being built, before any plugin view (where the Yjs binding
      // renders an opening document): from then on a large change can wait for the view's reader.
      decorations: (state) => {
        shown = true;
        return key.getState(state)?.decorations;
      },
      // The root's direction is always explicit: dir="auto" on a contenteditable root makes Chromium
      // recompute it on every block added or removed (quadratic when a long document opens).
      attributes: (state) => {
        const lang = key.getState(state)?.language ?? 'en';
        return { lang, dir: directionOf(lang) };
      },
    },
    view: (view) => {
      shown = true;
      const reader = new LateReader(view);
      const meta = ydoc?.getMap(META_FIELD);
      const follow = (event: Y.YMapEvent<unknown>) => {
        if (!event.keysChanged.has('language')) return;
        const lang = language();
        if (lang !== key.getState(view.state)?.language) view.dispatch(view.state.tr.setMeta(key, lang));
      };
      meta?.observe(follow);
      reader.check();
      return {
        update: () => reader.check(),
        destroy: () => {
          shown = false;
          reader.stop();
          meta?.unobserve(follow);
        },
      };
    },
  });
}

/**
 * Writing direction and language in the editor. The editable root carries the document's language
 * (`lang`, which spell-checking follows) and its direction; each block whose text starts in another
 * direction, or is clearly in another language, gets its own `dir` and `lang`, so an Arabic paragraph
 * typed into an English document is right to left at once, with its list marker or paragraph number on
 * the right, and an empty block follows the document. The language is read from the document's
 * metadata and followed live.
 */
export const BlockDirection = Extension.create<{ doc: Y.Doc | null }>({
  name: 'blockDirection',
  addOptions() {
    return { doc: null };
  },
  addProseMirrorPlugins() {
    return [blockDirectionPlugin(this.options.doc, { lateOpening: true })];
  },
});
