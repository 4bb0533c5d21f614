import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { PresenceGate } from './presence.ts';
import { writePresenceEntries } from './presenceEntries.ts';

const REMOTE = Symbol('remote');

function gate(maxRoomBytes = 4096) {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState(null);
  const changes: Array<{ removed: number[]; origin: unknown }> = [];
  /** What the room would send the other peers for each change: the update as applied, else one encoded from the states. */
  const sent: Array<{ update: Uint8Array; asApplied: boolean; frame: Uint8Array | null }> = [];
  const presence = new PresenceGate<object>(
    awareness,
    { maxStateBytes: 512, maxPerConnection: 3, maxRoomBytes },
    (change, origin, asApplied, frame) => {
      changes.push({ removed: change.removed, origin });
      const changed = [...change.added, ...change.updated, ...change.removed];
      sent.push({
        update: asApplied ?? encodeAwarenessUpdate(awareness, changed),
        asApplied: asApplied !== null,
        frame,
      });
    },
  );
  return { awareness, presence, changes, sent };
}

const update = (...entries: Array<[number, number, unknown]>) =>
  writePresenceEntries(
    entries.map(([client, clock, state]) => ({ client, clock, json: JSON.stringify(state), state })),
  );

describe('PresenceGate', () => {
  it('lets a connection set and clear only the ids it introduced', () => {
    const { awareness, presence } = gate();
    const [a, b] = [{}, {}];
    presence.applyFrom(a, update([1, 1, { n: 'a' }]));
    presence.applyFrom(b, update([1, 2, { n: 'b' }], [2, 1, { n: 'b' }]));
    expect(awareness.getStates().get(1)).toEqual({ n: 'a' });
    expect(awareness.getStates().get(2)).toEqual({ n: 'b' });
    presence.applyFrom(b, update([1, 3, null], [9, 1, null]));
    expect(awareness.getStates().has(1)).toBe(true);
    expect(awareness.meta.has(9)).toBe(false);
    presence.applyFrom(a, update([1, 2, null]));
    expect(awareness.getStates().has(1)).toBe(false);
    expect(awareness.meta.has(1)).toBe(false);
    // Given up, the id can be introduced again, by anyone.
    presence.applyFrom(b, update([1, 5, { n: 'b2' }]));
    expect(awareness.getStates().get(1)).toEqual({ n: 'b2' });
  });

  it("lets a member's new connection take over the ids its older one holds, and no one else's", () => {
    const { awareness, presence } = gate();
    const [old, again, other] = [{ member: 'ana' }, { member: 'ana' }, { member: 'bo' }];
    presence.applyFrom(old, update([1, 5, { n: 'ana' }]));
    presence.applyFrom(other, update([1, 9, { n: 'bo' }]));
    expect(awareness.getStates().get(1)).toEqual({ n: 'ana' });
    presence.applyFrom(again, update([1, 6, { n: 'ana, back' }]));
    expect(awareness.getStates().get(1)).toEqual({ n: 'ana, back' });
    presence.release(old); // the old socket is noticed gone: the state stays, the new connection owns it
    expect(awareness.getStates().get(1)).toEqual({ n: 'ana, back' });
    presence.release(again);
    expect(awareness.getStates().has(1)).toBe(false);
  });

  it('refuses more ids per connection or per message than allowed, and large states', () => {
    const { presence } = gate();
    const a = {};
    presence.applyFrom(a, update([1, 1, {}], [2, 1, {}]));
    expect(() => presence.applyFrom(a, update([3, 1, {}], [4, 1, {}]))).toThrow(/too many presence states/);
    // 4096 bytes of room presence hold at most 64 states (64 bytes each at least): no message names more.
    const many = Array.from({ length: 65 }, (_, i): [number, number, unknown] => [100 + i, 1, null]);
    expect(() => presence.applyFrom({}, update(...many))).toThrow(/names 65 clients/);
    expect(() => presence.applyFrom({}, update([9, 1, { x: 'y'.repeat(600) }]))).toThrow(/over 512 bytes/);
  });

  it("takes a message passing on other clients' presence (as a stock client does) without applying their entries", () => {
    const { awareness, presence } = gate();
    // One invitation shared by several people: the same member on every connection.
    const owners = [1, 2, 3, 4].map(() => ({ member: 'coalition-link' }));
    owners.forEach((peer, i) => presence.applyFrom(peer, update([i + 1, 1, { n: i }])));
    const echo = { member: 'coalition-link' };
    // The greeting it received named four others; it sends them back beside its own state.
    presence.applyFrom(
      echo,
      update([1, 1, { n: 0 }], [2, 1, { n: 1 }], [3, 1, { n: 2 }], [4, 1, { n: 3 }], [9, 1, { n: 'me' }]),
    );
    expect(awareness.getStates().get(9)).toEqual({ n: 'me' });
    // Echoes are not claims: the states stay with their owners (the limit here is 3 per connection).
    presence.release(owners[0]!);
    expect(awareness.getStates().has(1)).toBe(false);
    expect(awareness.getStates().get(2)).toEqual({ n: 1 });
  });

  it('keeps the room within its byte budget, local and remote states together', () => {
    const { awareness, presence } = gate(1200); // room for three states of 374 bytes
    const big = { x: 'y'.repeat(300) };
    presence.applyFrom({}, update([1, 1, big], [2, 1, big]));
    presence.applyRemote(update([10, 1, big], [11, 1, big]), REMOTE);
    expect([...awareness.getStates().keys()].sort((x, y) => x - y)).toEqual([1, 2, 10]);
    expect(presence.stats().bytes).toBeLessThanOrEqual(1200);
  });

  it('never lets another instance override a local owner, nor record unknown removals', () => {
    const { awareness, presence } = gate();
    presence.applyFrom({}, update([1, 1, { n: 'local' }]));
    presence.applyRemote(update([1, 9, { n: 'remote' }], [50, 1, null], [51, 1, { n: 'r' }]), REMOTE);
    expect(awareness.getStates().get(1)).toEqual({ n: 'local' });
    expect(awareness.meta.has(50)).toBe(false);
    expect(presence.localClients()).toEqual([1]);
    presence.applyRemote(update([51, 2, null]), REMOTE);
    expect(awareness.meta.has(51)).toBe(false);
  });

  it('lets a member whose instance died take over, here, the presence that instance shared for it; nobody else', () => {
    const { awareness, presence } = gate();
    presence.applyRemote(
      update([7, 4, { n: 'Amina' }], [8, 2, { n: 'Bruno' }]),
      REMOTE,
      new Map([
        [7, 'amina'],
        [8, 'bruno'],
      ]),
    );
    const [amina, mallory] = [{ member: 'amina' }, { member: 'mallory' }];
    // Amina's app reconnects here with its client id and a newer clock: hers at once, not after a timeout.
    presence.applyFrom(amina, update([7, 5, { n: 'Amina', caret: 3 }]));
    expect(awareness.getStates().get(7)).toEqual({ n: 'Amina', caret: 3 });
    expect(presence.localClients()).toEqual([7]);
    // Another member cannot claim Bruno's id, and Amina now owns hers against the other instance.
    presence.applyFrom(mallory, update([8, 9, { n: 'Mallory' }]));
    expect(awareness.getStates().get(8)).toEqual({ n: 'Bruno' });
    presence.applyRemote(update([7, 9, { n: 'stale' }]), REMOTE, new Map([[7, 'amina']]));
    expect(awareness.getStates().get(7)).toEqual({ n: 'Amina', caret: 3 });
    expect(presence.membersOf([7, 8])).toEqual(new Map([[7, 'amina']]));
  });

  it('removes what a connection owned when it leaves, and forgets states that time out', () => {
    const { awareness, presence, changes } = gate();
    const [a, b] = [{}, {}];
    presence.applyFrom(a, update([1, 1, {}], [2, 1, {}]));
    presence.applyFrom(b, update([3, 1, {}]));
    presence.release(a);
    expect([...awareness.getStates().keys()]).toEqual([3]);
    expect(changes.at(-1)).toEqual({ removed: [1, 2], origin: 'relay' });
    removeAwarenessStates(awareness, [3], 'timeout');
    expect(awareness.meta.size).toBe(1); // the relay's own entry
    expect(presence.stats()).toEqual({ states: 0, meta: 1, bytes: 0 });
  });

  it('passes a message on as applied when all of it applied, and encodes the change otherwise', () => {
    const { presence, sent } = gate();
    const other = new Awareness(new Y.Doc()); // a peer of the room
    other.setLocalState(null);
    const passOn = () => applyAwarenessUpdate(other, sent.at(-1)!.update, 'relay');
    const [a, b] = [{}, {}];
    // The message an update came in (the relay forwards it as it is when all of it applied).
    const frameOf = (u: Uint8Array) => Uint8Array.of(1, u.length, ...u);
    const first = update([1, 1, { n: 'a' }], [2, 1, { n: 'a2' }]);
    const firstFrame = frameOf(first);
    presence.applyFrom(a, first, firstFrame);
    expect(sent.at(-1)).toEqual({ update: first, asApplied: true, frame: firstFrame });
    passOn();
    // Id 1 is a's: b's entry for it is dropped before y-protocols; what it applied (id 3) goes on.
    const second = update([1, 2, { n: 'taken' }], [3, 1, { n: 'b' }]);
    presence.applyFrom(b, second, frameOf(second));
    expect(sent.at(-1)!.asApplied).toBe(true);
    expect(sent.at(-1)!.update).not.toEqual(second);
    expect(sent.at(-1)!.frame).toBeNull();
    passOn();
    // An entry of a's own that is not newer: y-protocols skips it, so the change is encoded.
    const stale = update([1, 1, { n: 'stale' }], [2, 2, { n: 'a2, moved' }]);
    presence.applyFrom(a, stale, frameOf(stale));
    expect(sent.at(-1)!.asApplied).toBe(false);
    expect(sent.at(-1)!.frame).toBeNull();
    passOn();
    presence.applyFrom(a, update([1, 2, null]));
    expect(sent.at(-1)!.asApplied).toBe(true);
    passOn();
    expect(Object.fromEntries(other.getStates())).toEqual({ 2: { n: 'a2, moved' }, 3: { n: 'b' } });
    other.destroy();
  });
});
