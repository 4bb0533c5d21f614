import { afterEach, describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, EditorView } from '@tiptap/pm/view';
import { documentSchema } from '../../../shared/schema/schema.ts';
import { tagMarginPlugin } from '../tags/tagMargin.ts';
import { asTopLevelDecorations } from './topLevelDecorations.ts';

const schema = documentSchema();
const p = (text: string) => schema.nodes.paragraph!.create(null, schema.text(text));
const tag = (tags: string[]) => schema.marks.tag!.create({ tags });
let view: EditorView | null = null;
afterEach(() => view?.destroy());

describe('asTopLevelDecorations', () => {
  it('holds the same decorations, is a DecorationSet and has nothing inside a block', () => {
    const doc = schema.nodes.doc!.create(null, [p('alpha'), p('beta')]);
    const set = DecorationSet.create(doc, [Decoration.node(7, 13, { class: 'x' })]);
    const shown = asTopLevelDecorations(set);
    expect(shown).toBeInstanceOf(DecorationSet);
    expect(shown.find()).toEqual(set.find());
    expect(shown.forChild(7, doc.child(1))).toBe(DecorationSet.empty);
    expect(asTopLevelDecorations(set)).toBe(shown);
    expect(asTopLevelDecorations(DecorationSet.empty)).toBe(DecorationSet.empty);
  });

  it('labels the blocks in the page through edits as a view rebuilt from the document does', () => {
    const doc = schema.nodes.doc!.create(null, [p('alpha'), p('beta'), p('gamma')]);
    view = new EditorView(document.body.appendChild(document.createElement('div')), {
      state: EditorState.create({ doc, plugins: [tagMarginPlugin()] }),
    });
    const shownTags = () =>
      [...view!.dom.children].map((el) => `${el.textContent}:${el.getAttribute('data-margin-tags') ?? ''}`);
    view.dispatch(view.state.tr.addMark(8, 11, tag(['O1'])));
    view.dispatch(view.state.tr.insertText('new ', 1));
    view.dispatch(view.state.tr.addMark(2, 4, tag(['O7'])));
    view.dispatch(view.state.tr.insertText('xy', 14));
    expect(shownTags()).toEqual(['new alpha:O7', 'bexyta:O1', 'gamma:']);
    view.dispatch(view.state.tr.removeMark(0, view.state.doc.content.size, schema.marks.tag!));
    expect(shownTags()).toEqual(['new alpha:', 'bexyta:', 'gamma:']);
  });
});
