import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { BODY_FIELD } from '../../schema/extensions.ts';
import { documentSchema } from '../../schema/schema.ts';
import { disagreement, divergence } from './checks.ts';
import { randomEdit } from './edits.ts';
import { Random } from './random.ts';
import { replicas, type Replica } from './replica.ts';

const t = (text: string, marks?: string[]) => ({
  type: 'text',
  text,
  ...(marks && { marks: marks.map((type) => ({ type })) }),
});
const p = (...content: object[]) => ({ type: 'paragraph', content });

/** The document every case starts from: headings, marks, a list, a footnote, a table. */
export function baseState(): Uint8Array {
  const doc = new Y.Doc({ gc: false });
  doc.clientID = 999;
  const body = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [t('Report')] },
      p(
        t('Plain '),
        t('bold', ['bold']),
        t(' and '),
        t('italic', ['italic']),
        { type: 'footnote', content: [t('note')] },
        t(' end'),
      ),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(t('one'))] },
          { type: 'listItem', content: [p(t('two'))] },
        ],
      },
      p(t('Before the table')),
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              { type: 'tableCell', content: [p(t('x'))] },
              { type: 'tableCell', content: [p(t('y'))] },
            ],
          },
        ],
      },
      p(t('Last words')),
    ],
  };
  prosemirrorJSONToYXmlFragment(documentSchema(), body, doc.getXmlFragment(BODY_FIELD));
  return Y.encodeStateAsUpdate(doc);
}

const BASE = baseState();

/** One step of the network: a replica receives some of its inbox, goes offline, or comes back. */
function networkStep(rnd: Random, r: Replica): string {
  if (r.online && rnd.chance(0.15)) {
    r.online = false;
    return `replica ${r.id} offline`;
  }
  if (!r.online) {
    if (!rnd.chance(0.3)) return `replica ${r.id} stays offline`;
    r.online = true;
  }
  const count = rnd.chance(0.5) ? r.inbox.length : rnd.int(0, r.inbox.length);
  r.receive(count);
  return `replica ${r.id} receives ${count}`;
}

/**
 * One seeded case: 2-4 replicas make random concurrent edits and exchange updates in random
 * batches (some offline for a while); after every step each replica's editor must equal its Yjs
 * body rebuilt from scratch, and once everything is exchanged all replicas must be identical.
 * Returns null, or the failure with the steps that led to it.
 */
export function runCase(seed: number, steps = 30): string | null {
  const rnd = new Random(seed);
  const all = replicas(rnd.int(2, 4), BASE);
  const log: string[] = [];
  try {
    for (let i = 0; i < steps; i++) {
      // A step changes one replica only (its updates wait in the others' inboxes): check that one.
      const r = rnd.pick(all);
      log.push(rnd.chance(0.6) ? `replica ${r.id}: ${randomEdit(rnd, r) ?? 'nothing'}` : networkStep(rnd, r));
      const why = disagreement(r);
      if (why) return `${why}\nafter: ${log.join('; ')}`;
    }
    // Reading can write (appended table fixes, dropped content), so exchange until nothing is left.
    for (let round = 0; round < 10 && all.some((r) => r.inbox.length > 0); round++) for (const r of all) r.receive();
    for (const replica of all) {
      const why = disagreement(replica);
      if (why) return `${why}\nafter exchanging everything: ${log.join('; ')}`;
    }
    const why = divergence(all);
    return why ? `${why}\nafter: ${log.join('; ')}` : null;
  } catch (err) {
    return `threw ${err instanceof Error ? err.stack : String(err)}\nafter: ${log.join('; ')}`;
  } finally {
    all.forEach((r) => r.destroy());
  }
}
