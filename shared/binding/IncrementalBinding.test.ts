import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ReplaceStep } from '@tiptap/pm/transform';
import { Plugin, type Transaction } from '@tiptap/pm/state';
import { prosemirrorJSONToYXmlFragment, undo } from '@tiptap/y-tiptap';
import { BODY_FIELD } from '../schema/extensions.ts';
import { documentSchema } from '../schema/schema.ts';
import { anchorRange, resolveAnchor } from '../review/schema/anchors.ts';
import type { Replica } from './differential/replica.ts';
import { replicas } from './differential/replica.ts';
import { rebuilt } from './differential/checks.ts';

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function base(...texts: string[]): Uint8Array {
  const doc = new Y.Doc({ gc: false });
  prosemirrorJSONToYXmlFragment(
    documentSchema(),
    { type: 'doc', content: texts.map(para) },
    doc.getXmlFragment(BODY_FIELD),
  );
  return Y.encodeStateAsUpdate(doc);
}

/** The transactions a replica's editor applies. */
function record(r: Replica): Transaction[] {
  const seen: Transaction[] = [];
  const dispatch = r.view.dispatch.bind(r.view);
  r.view.dispatch = (tr) => {
    seen.push(tr);
    dispatch(tr);
  };
  return seen;
}

describe('IncrementalBinding', () => {
  it("turns a collaborator's keystroke into a one-character step and leaves the other blocks untouched", () => {
    const [a, b] = replicas(2, base('first', 'second', 'third'));
    const before = b!.state.doc;
    const seen = record(b!);
    a!.dispatch(a!.state.tr.insertText('X', 10));
    b!.receive();
    expect(seen).toHaveLength(1);
    const step = seen[0]!.steps[0] as ReplaceStep;
    expect(seen[0]!.steps).toHaveLength(1);
    expect(step).toBeInstanceOf(ReplaceStep);
    expect([step.from, step.to, step.slice.content.textBetween(0, step.slice.content.size)]).toEqual([10, 10, 'X']);
    expect(b!.state.doc.child(0)).toBe(before.child(0));
    expect(b!.state.doc.child(2)).toBe(before.child(2));
    expect(b!.state.doc.child(1).textContent).toBe('seXcond');
  });

  it('writes a local keystroke into the one Y.XmlText it touched', () => {
    const [a] = replicas(1, base('first', 'second', 'third'));
    const updates: Uint8Array[] = [];
    a!.doc.on('update', (u: Uint8Array) => updates.push(u));
    a!.dispatch(a!.state.tr.insertText('X', 10));
    expect(updates).toHaveLength(1);
    const { structs, ds } = Y.decodeUpdate(updates[0]!);
    expect(structs).toHaveLength(1);
    expect(ds.clients.size).toBe(0);
    expect(a!.doc.getXmlFragment(BODY_FIELD).toString()).toBe(
      '<paragraph>first</paragraph><paragraph>seXcond</paragraph><paragraph>third</paragraph>',
    );
  });

  it('undoes only its own changes, with a collaborator typing in the same paragraph', () => {
    const [a, b] = replicas(2, base('shared text'));
    a!.dispatch(a!.state.tr.insertText('AAA ', 1));
    b!.receive();
    b!.dispatch(b!.state.tr.insertText(' BBB', b!.state.doc.child(0).nodeSize - 1));
    a!.receive();
    undo(a!.state);
    b!.receive();
    expect(a!.state.doc.textContent).toBe('shared text BBB');
    expect(b!.state.doc.textContent).toBe('shared text BBB');
    expect(a!.state.doc.eq(rebuilt(a!.doc))).toBe(true);
  });

  it('resolves comment anchors through its mapping as text moves around them', () => {
    const [a, b] = replicas(2, base('intro', 'the quoted words here'));
    const binding = a!.binding;
    const anchor = anchorRange(binding.fragment, binding.mapping, 12, 18); // "quoted"
    b!.dispatch(b!.state.tr.insertText('A longer ', 1));
    b!.dispatch(b!.state.tr.split(3));
    a!.receive();
    const range = resolveAnchor(binding.fragment, binding.mapping, anchor)!;
    expect(a!.state.doc.textBetween(range.from, range.to)).toBe('quoted');
  });

  it('writes what a plugin appends to a remote change together with the next local edit', () => {
    const marker = new Plugin({
      appendTransaction: (trs, _old, state) =>
        trs.some((tr) => tr.docChanged) && !state.doc.lastChild!.textContent.endsWith('!')
          ? state.tr.insertText('!', state.doc.content.size - 1)
          : null,
    });
    const [a, b] = replicas(2, base('one', 'two'));
    b!.view.state = b!.state.reconfigure({ plugins: [...b!.state.plugins, marker] });
    a!.dispatch(a!.state.tr.insertText('X', 2));
    b!.receive();
    expect(b!.state.doc.textContent).toBe('oXnetwo!');
    b!.dispatch(b!.state.tr.insertText('Y', 1));
    expect(b!.state.doc.eq(rebuilt(b!.doc))).toBe(true);
    a!.receive();
    expect(a!.state.doc.textContent).toBe('YoXnetwo!');
  });

  it("places a collaborator's keystrokes block after block where they were typed, and finds a block typed in again without adding up the blocks before it", () => {
    const texts = Array.from({ length: 200 }, (_, i) => `Paragraph ${i}.`);
    const [a, b] = replicas(2, base(...texts));
    const startOf = (r: Replica, index: number) => {
      let pos = 0;
      for (let i = 0; i < index; i++) pos += r.state.doc.child(i).nodeSize;
      return pos;
    };
    const typeAt = (r: Replica, index: number, text: string) =>
      r.dispatch(r.state.tr.insertText(text, startOf(r, index) + 3));
    // Counts the receiver's look-ups of top-level blocks by index while it applies a change.
    const lookups = (apply: () => void) => {
      const doc = b!.state.doc;
      const child = doc.child.bind(doc);
      let n = 0;
      doc.child = (i: number) => (n++, child(i));
      try {
        apply();
      } finally {
        delete (doc as { child?: unknown }).child;
      }
      return n;
    };
    const steps: [string, () => void][] = [
      ['type in block 150', () => typeAt(a!, 150, 'x')],
      ['again in block 150', () => typeAt(a!, 150, 'y')],
      ['in block 20, before it', () => typeAt(a!, 20, 'z')],
      ['in block 180, after it', () => typeAt(a!, 180, 'w')],
      ['block 100 split', () => a!.dispatch(a!.state.tr.split(startOf(a!, 100) + 4))],
      ['in block 151, after the split', () => typeAt(a!, 151, 'v')],
      ['blocks 10 and 11 joined', () => a!.dispatch(a!.state.tr.join(startOf(a!, 11)))],
      ['in block 150', () => typeAt(a!, 150, 'u')],
    ];
    for (const [what, edit] of steps) {
      edit();
      b!.receive();
      expect(b!.state.doc.toJSON(), what).toEqual(a!.state.doc.toJSON());
      expect(b!.state.doc.eq(rebuilt(b!.doc)), what).toBe(true);
    }
    // A local edit on the receiver between two of the collaborator's keystrokes.
    typeAt(b!, 5, 'L');
    typeAt(a!, 170, 't');
    b!.receive();
    expect(b!.state.doc.eq(rebuilt(b!.doc))).toBe(true);
    // The collaborator types on in block 170: its position is known from the last change.
    typeAt(a!, 170, 's');
    const looked = lookups(() => b!.receive());
    expect(b!.state.doc.child(170).textContent).toBe(a!.state.doc.child(170).textContent);
    expect(looked).toBeLessThan(20);
  });
});
