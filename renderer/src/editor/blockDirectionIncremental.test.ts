import { afterEach, describe, expect, it } from 'vitest';
import { EditorState, Plugin, type Transaction } from '@tiptap/pm/state';
import { Fragment, type Node as PMNode } from '@tiptap/pm/model';
import { EditorView, type DecorationSet } from '@tiptap/pm/view';
import { documentSchema } from '../../../shared/schema/schema.ts';
import { createDocumentDoc, writeMeta } from '../../../shared/model/documentMeta.ts';
import { blockDirectionPlugin } from './blockDirection.ts';

const schema = documentSchema();
const p = (text?: string) => schema.nodes.paragraph!.create(null, text ? schema.text(text) : null);
const ARABIC = 'تقرير المجتمع المدني عن الهدف 13';
const marks = (set: DecorationSet | undefined) =>
  (set?.find() ?? []).map((d) => `${d.from}-${d.to}:${String(d.spec.dir)}/${String(d.spec.lang)}`);

function stateOf(blocks: PMNode[], language: 'en' | 'ar' = 'en') {
  const ydoc = createDocumentDoc();
  writeMeta(ydoc, { language });
  const plugin = blockDirectionPlugin(ydoc);
  return {
    plugin,
    ydoc,
    state: EditorState.create({ doc: schema.nodes.doc!.create(null, blocks), plugins: [plugin] }),
  };
}

// Counts the nodes walked through Fragment#forEach and #nodesBetween (which Node#forEach, #descendants and
// #nodesBetween use), as the editor bench's "nodes visited per keystroke" does.
const original = { forEach: Fragment.prototype.forEach, nodesBetween: Fragment.prototype.nodesBetween };
let visits = 0;
function countVisits() {
  visits = 0;
  Fragment.prototype.forEach = function (f) {
    return original.forEach.call(this, (...args) => (visits++, f(...args)));
  };
  Fragment.prototype.nodesBetween = function (from, to, f, start, parent) {
    return original.nodesBetween.call(this, from, to, (...args) => (visits++, f(...args)), start, parent);
  };
}
afterEach(() => Object.assign(Fragment.prototype, original));

describe('block direction, incrementally', () => {
  it('follows edits anywhere as it would if rebuilt from the whole document', () => {
    const start = stateOf([p('The English introduction.'), p(ARABIC), p(), p('Closing words.')]);
    const { plugin, ydoc } = start;
    let state = start.state;
    const edits: ((s: EditorState) => Transaction)[] = [
      (s) => s.tr.insertText(ARABIC, 2),
      (s) => s.tr.insertText('مرحبا', s.doc.child(0).nodeSize + s.doc.child(1).nodeSize + 1),
      (s) => s.tr.split(10),
      (s) => s.tr.delete(3, 40),
      (s) => s.tr.insert(0, p(ARABIC)),
      (s) => s.tr.insertText('English words of the report and the rest ', 1),
      (s) => s.tr.delete(0, s.doc.child(0).nodeSize),
    ];
    for (const edit of edits) {
      state = state.apply(edit(state));
      const rebuilt = EditorState.create({ doc: state.doc, plugins: [blockDirectionPlugin(ydoc)] });
      expect(marks(plugin.getState(state)?.decorations)).toEqual(
        marks(rebuilt.plugins[0]!.getState(rebuilt)?.decorations),
      );
    }
    expect(marks(plugin.getState(state)?.decorations).some((m) => m.endsWith(':rtl/ar'))).toBe(true);
  });

  it('redoes only the block a keystroke touched: the nodes it visits do not grow with the document', () => {
    const keystrokeVisits = (blocks: number) => {
      const paragraphs = Array.from({ length: blocks }, (_, i) => (i % 2 ? p(`${ARABIC} ${i}`) : p(`Paragraph ${i}.`)));
      const { plugin, state } = stateOf(paragraphs);
      expect(plugin.getState(state)?.decorations.find()).toHaveLength(blocks / 2);
      // Type into the middle of an Arabic paragraph and of an English one.
      const middle = state.doc.resolve(state.doc.content.size / 2).before(1) + 3;
      countVisits();
      let next = state.apply(state.tr.insertText('ب', middle));
      next = next.apply(next.tr.insertText('x', next.doc.resolve(middle).after(1) + 2));
      const counted = visits;
      Object.assign(Fragment.prototype, original);
      expect(plugin.getState(next)?.decorations.find()).toHaveLength(blocks / 2);
      return counted;
    };
    const small = keystrokeVisits(200);
    expect(small).toBeLessThan(50);
    expect(keystrokeVisits(4000)).toBe(small);
  });

  it('rebuilds for a new document language: empty and English blocks change side', () => {
    const { plugin, state } = stateOf([p(), p('An English sentence with the words of and the.')], 'ar');
    expect(marks(plugin.getState(state)?.decorations)).toEqual([`2-${state.doc.content.size}:ltr/en`]);
    const english = state.apply(state.tr.setMeta(plugin.spec.key!, 'en'));
    expect(marks(plugin.getState(english)?.decorations)).toEqual([]);
  });

  it.each([
    // As the Yjs binding does when it renders a body afresh: from its plugin view, while the editor
    // view is being built, it replaces the empty document with the whole body in one transaction.
    ['replaced whole', false],
    // As an editor is created when a document opens: with the body as its first document.
    ['created with it', true],
  ])(
    'reads a whole long document after painting it (%s), then gives its Arabic paragraph its direction',
    async (_, created) => {
      const ydoc = createDocumentDoc();
      const plugin = blockDirectionPlugin(ydoc, { lateOpening: true });
      const blocks = Array.from({ length: 400 }, (_, i) => p(i === 300 ? ARABIC : `Paragraph ${i} of the report.`));
      const rendering = new Plugin({
        view: (view) => {
          if (!created) view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, blocks));
          return {};
        },
      });
      const state = created
        ? EditorState.create({ doc: schema.nodes.doc!.create(null, blocks), plugins: [plugin] })
        : EditorState.create({ schema, plugins: [rendering, plugin] });
      const view = new EditorView(document.body.appendChild(document.createElement('div')), { state });
      try {
        const arabic = () => view.dom.children[300] as HTMLElement;
        expect(view.dom.children).toHaveLength(400);
        expect(arabic().getAttribute('dir')).toBeNull(); // not read before the first paint
        await expect.poll(() => arabic().getAttribute('dir'), { timeout: 5000 }).toBe('rtl');
        expect(arabic().getAttribute('lang')).toBe('ar');
        const rebuilt = EditorState.create({ doc: view.state.doc, plugins: [blockDirectionPlugin(null)] });
        expect(marks(plugin.getState(view.state)?.decorations)).toEqual(
          marks(rebuilt.plugins[0]!.getState(rebuilt)?.decorations),
        );
        // A keystroke afterwards is read at once, as before.
        view.dispatch(view.state.tr.insertText(ARABIC, 1));
        expect((view.dom.children[0] as HTMLElement).getAttribute('dir')).toBe('rtl');
      } finally {
        view.destroy();
      }
    },
  );
});
