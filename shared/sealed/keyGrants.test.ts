import { describe, expect, it } from 'vitest';
import { newDeviceKeyPair } from './keyEnvelope.ts';
import { KeyGrants, mayGrant } from './keyGrants.ts';

describe('who wants the newest key', () => {
  it('lists devices pinned under an older epoch and never given the newest, never this one', () => {
    const [owner, amina, dan, eve] = [0, 1, 2, 3].map(() => newDeviceKeyPair().publicKey);
    const pinned = [
      { member: 'owner', publicKey: owner! },
      { member: 'amina', publicKey: amina! },
      { member: 'dan', publicKey: dan! },
      { member: 'eve', publicKey: eve! },
    ];
    const grants = new KeyGrants();
    grants.notePinned(owner!, 0);
    grants.notePinned(amina!, 0);
    grants.notePinned(dan!, 0);
    grants.notePinned(eve!, 1); // joined with a link of epoch 1: holds it already
    grants.noteEnvelopes(1, [owner!, amina!]); // the rotation to 1
    expect(grants.wanting(1, pinned, owner!).map((w) => w.member)).toEqual(['dan']);
    grants.noteEnvelopes(1, [dan!]); // this owner's grant
    expect(grants.wanting(1, pinned, owner!)).toEqual([]);
    // The first roster epoch of a key counts (a later record for the same key changes nothing).
    grants.notePinned(eve!, 0);
    expect(grants.wanting(1, pinned, owner!)).toEqual([]);
  });

  it('counts each device of a member on its own: a second computer pinned after the rotation wants it', () => {
    const [owner, ownerLaptop, amina, aminaLaptop] = [0, 1, 2, 3].map(() => newDeviceKeyPair().publicKey);
    const grants = new KeyGrants();
    for (const key of [owner!, amina!]) grants.notePinned(key, 0);
    grants.noteEnvelopes(1, [owner!, amina!]); // the rotation to 1
    // Amina opens her link (epoch 0) on her laptop, the owner hers: each device key is sealed under 0.
    grants.notePinned(aminaLaptop!, 0);
    grants.notePinned(ownerLaptop!, 0);
    const pinned = [
      { member: 'owner', publicKey: owner! },
      { member: 'owner', publicKey: ownerLaptop! },
      { member: 'amina', publicKey: amina! },
      { member: 'amina', publicKey: aminaLaptop! },
    ];
    // The owner's first computer grants to both laptops, its own member's other one included.
    expect(grants.wanting(1, pinned, owner!).map((w) => w.publicKey)).toEqual([ownerLaptop, aminaLaptop]);
  });

  it('gives it only to members still listed and never to one removed here, whatever the relay lists', () => {
    const wanted = ['dan', 'carol', 'bruno'].map((member) => ({ member, publicKey: newDeviceKeyPair().publicKey }));
    // The relay lists Carol again (or replayed her device key): this computer removed her.
    expect(mayGrant(wanted, new Set(['dan', 'carol']), new Set(['carol']))).toEqual(['dan']);
    expect(mayGrant(wanted, new Set(), new Set())).toEqual([]);
    // Two devices of Dan want it: Dan is named once (the grant covers both).
    const twice = [...wanted, { member: 'dan', publicKey: newDeviceKeyPair().publicKey }];
    expect(mayGrant(twice, new Set(['dan']), new Set())).toEqual(['dan']);
  });
});
