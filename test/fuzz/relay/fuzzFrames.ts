import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { byteMutation, describeMutations, mutateBytes } from '../byteMutations.ts';
import type { ByteMutation } from '../byteMutations.ts';

/** Builds a frame from varints and length-prefixed byte arrays, as y-protocols writes them. */
export function frameOf(...parts: Array<number | Uint8Array | string>): Uint8Array {
  const e = encoding.createEncoder();
  for (const p of parts) {
    if (typeof p === 'number') encoding.writeVarUint(e, p);
    else if (typeof p === 'string') encoding.writeVarString(e, p);
    else encoding.writeVarUint8Array(e, p);
  }
  return encoding.toUint8Array(e);
}

/** An update in which a root type of the document is written with another kind than the app's (type confusion). */
function confusedUpdate(name: string, kind: 'text' | 'map' | 'array' | 'xml', content: string): Uint8Array {
  const doc = new Y.Doc();
  if (kind === 'text') doc.getText(name).insert(0, content);
  else if (kind === 'map') doc.getMap(name).set(content.slice(0, 8) || 'k', content);
  else if (kind === 'array') doc.getArray(name).insert(0, [content, 1, { nested: content }]);
  else doc.getXmlFragment(name).insert(0, [new Y.XmlText(content)]);
  return Y.encodeStateAsUpdate(doc);
}

/** Real messages to mutate: the frames a client sends, built from a small real document. */
function realFrames(): Uint8Array[] {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'a real update to mangle');
  doc.getXmlFragment('body').insert(0, [new Y.XmlElement('paragraph')]);
  const awareness = new Awareness(doc);
  awareness.setLocalState({ user: { name: 'Fuzz', colour: '#123456' }, cursor: null });
  const update = Y.encodeStateAsUpdate(doc);
  return [
    frameOf(0, 0, Y.encodeStateVector(doc)),
    frameOf(0, 1, update),
    frameOf(0, 2, update),
    frameOf(1, encodeAwarenessUpdate(awareness, [doc.clientID])),
    frameOf(3),
  ];
}
const REAL = realFrames();

/** One frame a hostile or broken client may send. */
export type FuzzFrame =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'text'; text: string }
  | { kind: 'mutated'; base: number; mutations: ByteMutation[] }
  | { kind: 'sync'; subType: number; payload: Uint8Array }
  | { kind: 'confused'; subType: number; name: string; type: 'text' | 'map' | 'array' | 'xml'; content: string }
  | { kind: 'awareness'; clients: Array<{ id: number; clock: number; state: string }> };

const ROOT_NAMES = fc.constantFrom('body', 'meta', 'comments', 'suggestions', 'signatories', 'versions', 't', 'x');

export const fuzzFrame: fc.Arbitrary<FuzzFrame> = fc.oneof(
  fc.record({ kind: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 200 }) }),
  fc.record({ kind: fc.constant('text' as const), text: fc.string({ maxLength: 50 }) }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('mutated' as const),
      base: fc.integer({ min: 0, max: REAL.length - 1 }),
      mutations: fc.array(byteMutation, { minLength: 1, maxLength: 3 }),
    }),
  },
  fc.record({
    kind: fc.constant('sync' as const),
    subType: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.nat()),
    payload: fc.uint8Array({ maxLength: 100 }),
  }),
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('confused' as const),
      subType: fc.constantFrom(1, 2),
      name: ROOT_NAMES,
      type: fc.constantFrom('text' as const, 'map' as const, 'array' as const, 'xml' as const),
      content: fc.string({ maxLength: 30 }),
    }),
  },
  fc.record({
    kind: fc.constant('awareness' as const),
    clients: fc.array(
      fc.record({
        id: fc.oneof(fc.nat(), fc.constant(0xffffffff)),
        clock: fc.nat(),
        state: fc.oneof(fc.json(), fc.string({ maxLength: 40 }), fc.constant('null')),
      }),
      { maxLength: 4 },
    ),
  }),
);

/** The bytes (or text) of a frame. */
export function frameBytes(f: FuzzFrame): Uint8Array | string {
  switch (f.kind) {
    case 'bytes':
      return f.bytes;
    case 'text':
      return f.text;
    case 'mutated':
      return mutateBytes(REAL[f.base]!, f.mutations);
    case 'sync':
      return frameOf(0, f.subType, f.payload);
    case 'confused':
      return frameOf(0, f.subType, confusedUpdate(f.name, f.type, f.content));
    case 'awareness': {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, f.clients.length);
      for (const c of f.clients) {
        encoding.writeVarUint(e, c.id);
        encoding.writeVarUint(e, c.clock);
        encoding.writeVarString(e, c.state);
      }
      return frameOf(1, encoding.toUint8Array(e));
    }
  }
}

/** A frame in a few words, for the report. */
export function describeFrame(f: FuzzFrame): string {
  if (f.kind === 'mutated') return `real frame ${f.base} ${describeMutations(f.mutations)}`;
  if (f.kind === 'confused') return `update writing ${f.name} as ${f.type}`;
  if (f.kind === 'awareness') return `awareness of ${f.clients.length} clients`;
  if (f.kind === 'sync') return `sync ${f.subType} with ${f.payload.length} bytes`;
  return f.kind === 'text' ? 'text frame' : `${f.bytes.length} random bytes`;
}
