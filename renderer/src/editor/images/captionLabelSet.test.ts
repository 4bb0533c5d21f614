import { describe, expect, it, vi } from 'vitest';
import { Fragment, type Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { documentSchema } from '../../../../shared/schema/schema.ts';
import { buildLabels } from './captionLabelSet.ts';
import { captionLabelsPlugin } from './captionLabels.ts';
import { Random } from '../../../../shared/binding/differential/random.ts';

const schema = documentSchema();
const text = (s: string) => schema.text(s);
const p = (...content: PMNode[]) => schema.nodes.paragraph!.create(null, content);
const caption = (id: string, kind: string) => schema.nodes.caption!.create({ id, kind }, text(`about ${id}`));
const ref = (target: string) => schema.nodes.crossRef!.create({ target });
const guidance = () => schema.nodes.guidance!.create({ text: 'write here' });
const IDS = ['fig-aaaa', 'fig-bbbb', 'tab-cccc', 'tab-dddd', 'gone-eeee'];

const shown = (set: DecorationSet | undefined) =>
  (set?.find() ?? [])
    .map(
      (d) =>
        `${d.from}-${d.to}:${(d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-label']}`,
    )
    .sort();

/** A seeded source as a function, so a failing seed replays. */
function random(seed: number): () => number {
  const source = new Random(seed);
  return () => source.next();
}

/** Positions inside text blocks, and top-level boundaries, of `doc`. */
function places(doc: PMNode): { inline: number[]; blocks: number[] } {
  const inline: number[] = [];
  const blocks: number[] = [0];
  doc.forEach((_, offset, i) => blocks.push(offset + doc.child(i).nodeSize));
  doc.descendants((node, pos) => {
    if (node.isTextblock) for (let at = pos + 1; at <= pos + 1 + node.content.size; at++) inline.push(at);
    return !node.isTextblock;
  });
  return { inline, blocks };
}

/** One random edit of the kinds the editor and the Yjs binding make (some transactions hold two). */
function edit(state: EditorState, rnd: () => number): Transaction {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const tr = state.tr;
  for (let n = rnd() < 0.2 ? 2 : 1; n > 0; n--) {
    const { inline, blocks } = places(tr.doc);
    const kind = Math.floor(rnd() * 9);
    try {
      if (kind <= 2 && inline.length) tr.insertText(pick(['a', 'word ', ' ']), pick(inline));
      else if (kind === 3 && inline.length) {
        const from = pick(inline);
        tr.delete(from, Math.min(tr.doc.content.size, from + 1 + Math.floor(rnd() * 40)));
      } else if (kind === 4)
        tr.insert(pick(blocks), pick([caption(pick(IDS), pick(['figure', 'table'])), p(text('x')), guidance()]));
      else if (kind === 5 && inline.length) tr.insert(pick(inline), ref(pick(IDS)));
      else if (kind === 6 && inline.length) tr.split(pick(inline));
      else if (kind === 7) {
        const targets: number[] = [];
        tr.doc.descendants(
          (node, pos) => void ((node.type.name === 'caption' || node.type.name === 'crossRef') && targets.push(pos)),
        );
        if (targets.length) {
          const at = pick(targets);
          const node = tr.doc.nodeAt(at)!;
          if (node.type.name === 'caption')
            tr.setNodeAttribute(at, rnd() < 0.5 ? 'kind' : 'id', rnd() < 0.5 ? pick(['figure', 'table']) : pick(IDS));
          else tr.setNodeAttribute(at, 'target', pick(IDS));
        }
      } else if (kind === 8 && blocks.length > 2) {
        const at = pick(blocks.slice(1, -1));
        tr.join(at);
      }
    } catch {
      // An edit the schema refuses at that place (a join of unlike blocks): try the next one.
    }
  }
  return tr;
}

function startState(): EditorState {
  const doc = schema.nodes.doc!.create(null, [
    p(text('Intro, see '), ref('fig-bbbb'), text(' and '), ref('tab-cccc')),
    caption('fig-aaaa', 'figure'),
    p(text('Middle text '), ref('fig-aaaa')),
    guidance(),
    caption('tab-cccc', 'table'),
    caption('fig-bbbb', 'figure'),
    p(text('End, see '), ref('gone-eeee')),
  ]);
  return EditorState.create({ doc, plugins: [captionLabelsPlugin()], selection: TextSelection.atStart(doc) });
}

describe('caption labels, kept up to date by transaction', () => {
  it('equal the labels rebuilt from the whole document after every one of many random edits', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const rnd = random(seed);
      let state = startState();
      for (let step = 0; step < 40; step++) {
        state = state.apply(edit(state, rnd));
        const plugin = state.plugins[0]!;
        expect(shown(plugin.getState(state).decorations), `seed ${seed}, step ${step}`).toEqual(
          shown(buildLabels(state.doc, 'en')),
        );
      }
    }
  });

  it('renumber the figures after a caption added before them, and their references with them', () => {
    let state = startState();
    state = state.apply(state.tr.insert(0, caption('fig-dddd', 'figure')));
    const labels = shown(state.plugins[0]!.getState(state).decorations).map((l) => l.split(':')[1]);
    expect(labels).toEqual(expect.arrayContaining(['Figure 1', 'Figure 2', 'Figure 3', 'Table 1']));
    expect(shown(state.plugins[0]!.getState(state).decorations)).toEqual(shown(buildLabels(state.doc, 'en')));
  });

  it('walk only the block typed in, however long the document', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      i % 50 === 0 ? caption(`fig-${1000 + i}`, 'figure') : p(text(`para ${i} `), ref('fig-1000')),
    );
    let state = EditorState.create({ doc: schema.nodes.doc!.create(null, many), plugins: [captionLabelsPlugin()] });
    const walked = vi.spyOn(Fragment.prototype, 'nodesBetween');
    const listed = vi.spyOn(Fragment.prototype, 'forEach');
    state = state.apply(state.tr.insertText('typed', 3000));
    expect(walked.mock.calls.length + listed.mock.calls.length).toBeLessThan(20);
    walked.mockRestore();
    listed.mockRestore();
    expect(shown(state.plugins[0]!.getState(state).decorations)).toEqual(shown(buildLabels(state.doc, 'en')));
  });
});
