import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as prng from 'lib0/prng';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { applyEntries, readPresenceEntries, writePresenceEntries, type PresenceEntry } from './presenceEntries.ts';

const LIMITS = { maxEntries: 100, maxStateBytes: 10_000 };
/** The awareness's own client id, the same in both. */
const OWN_ID = 1000;
type Event = [string, { added: number[]; updated: number[]; removed: number[] }, unknown];

/** An awareness as the relay holds one (its own state null), recording every event it emits. */
function recorded(): { awareness: Awareness; events: Event[] } {
  const doc = new Y.Doc();
  doc.clientID = OWN_ID;
  const awareness = new Awareness(doc);
  awareness.setLocalState(null);
  const events: Event[] = [];
  awareness.on('change', (c: Event[1], origin: unknown) => events.push(['change', c, origin]));
  awareness.on('update', (c: Event[1], origin: unknown) => events.push(['update', c, origin]));
  return { awareness, events };
}

/** What a test compares: states, clocks (not when they were set) and events. */
const seen = ({ awareness, events }: ReturnType<typeof recorded>) => ({
  states: [...awareness.getStates()].sort((a, b) => a[0] - b[0]),
  clocks: [...awareness.meta].map(([id, m]) => [id, m.clock]).sort((a, b) => a[0]! - b[0]!),
  events,
});

describe('applyEntries', () => {
  it("does what y-protocols' applyAwarenessUpdate does, entry for entry and event for event", () => {
    const seed = Number(process.env.SEED ?? Date.now() % 100_000);
    const gen = prng.create(seed);
    for (let round = 0; round < 200; round++) {
      const stock = recorded();
      const ours = recorded();
      // Now and then a local state of its own, which another's null never removes.
      if (prng.bool(gen)) {
        stock.awareness.setLocalState({ relay: true });
        ours.awareness.setLocalState({ relay: true });
      }
      stock.events.length = ours.events.length = 0;
      const clients = [OWN_ID, 1, 2, 3];
      for (let step = 0; step < 12; step++) {
        const entries: PresenceEntry[] = Array.from({ length: prng.uint32(gen, 1, 3) }, () => {
          const client = prng.oneOf(gen, clients);
          const state =
            prng.bool(gen) && prng.bool(gen) ? null : { user: prng.oneOf(gen, ['a', 'b']), at: prng.uint32(gen, 0, 2) };
          const json = JSON.stringify(state);
          return { client, clock: prng.uint32(gen, 0, 4), json, state };
        });
        const update = writePresenceEntries(entries);
        applyAwarenessUpdate(stock.awareness, update, 'peer');
        applyEntries(ours.awareness, readPresenceEntries(update, LIMITS), 'peer');
        expect(seen(ours), `seed ${seed}, round ${round}, step ${step}`).toEqual(seen(stock));
      }
      // What each would send out is the same too.
      const ids = [...stock.awareness.getStates().keys()];
      expect(encodeAwarenessUpdate(ours.awareness, ids)).toEqual(encodeAwarenessUpdate(stock.awareness, ids));
    }
  });
});
