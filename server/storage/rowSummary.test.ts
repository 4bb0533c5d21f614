import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { summarize, summarizeDoc } from './rowSummary.ts';

/** Three replicas (gc off, as the relay's documents) editing one body concurrently and syncing now and then, from a seed. */
function editedDoc(seed: number): Y.Doc {
  let r = seed + 1;
  const random = () => (r = (r * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const docs = [0, 1, 2].map(() => new Y.Doc({ gc: false }));
  for (let i = 0; i < 200; i++) {
    const body = pick(docs).getXmlFragment('body');
    const roll = random();
    if (body.length === 0 || roll < 0.4) {
      const block = new Y.XmlElement('paragraph');
      block.insert(0, [new Y.XmlText(`block ${i}`)]);
      body.insert(Math.floor(random() * (body.length + 1)), [block]);
    } else if (roll < 0.6) body.delete(Math.floor(random() * body.length), 1);
    else {
      const text = (body.get(Math.floor(random() * body.length)) as Y.XmlElement).get(0) as Y.XmlText;
      if (text.length > 2) text.delete(1, 1);
    }
    pick(docs)
      .getMap('meta')
      .set(`k${i % 5}`, i);
    if (random() < 0.2) Y.applyUpdate(pick(docs), Y.encodeStateAsUpdate(pick(docs)));
  }
  for (const from of docs) for (const to of docs) Y.applyUpdate(to, Y.encodeStateAsUpdate(from));
  return docs[0]!;
}

describe('summarizeDoc', () => {
  it('reads from a document the very bytes summarize makes of its encoded state', () => {
    for (let seed = 0; seed < 40; seed++) {
      const doc = editedDoc(seed);
      expect(summarizeDoc(doc), `seed ${seed}`).toEqual(summarize(Y.encodeStateAsUpdate(doc)));
    }
  });
});
