import { describe, expect, it } from 'vitest';
import { newDeviceKeyPair } from './keyEnvelope.ts';
import { KeyGrants, mayGrant } from './keyGrants.ts';

describe('who wants the newest key', () => {
  it('lists members pinned under an older epoch and never given the newest, never oneself', () => {
    const [owner, amina, dan, eve] = [0, 1, 2, 3].map(() => newDeviceKeyPair().publicKey);
    const pinned = [
      { member: 'owner', publicKey: owner! },
      { member: 'amina', publicKey: amina! },
      { member: 'dan', publicKey: dan! },
      { member: 'eve', publicKey: eve! },
    ];
    const grants = new KeyGrants();
    grants.notePinned('owner', 0);
    grants.notePinned('amina', 0);
    grants.notePinned('dan', 0);
    grants.notePinned('eve', 1); // joined with a link of epoch 1: holds it already
    grants.noteEnvelopes(1, [owner!, amina!]); // the rotation to 1
    expect(grants.wanting(1, pinned, 'owner').map((w) => w.member)).toEqual(['dan']);
    grants.noteEnvelopes(1, [dan!]); // this owner's grant
    expect(grants.wanting(1, pinned, 'owner')).toEqual([]);
    // The first roster epoch counts (a later record for the same member changes nothing).
    grants.notePinned('eve', 0);
    expect(grants.wanting(1, pinned, 'owner')).toEqual([]);
  });

  it('gives it only to members still listed and never to one removed here, whatever the relay lists', () => {
    const wanted = ['dan', 'carol', 'bruno'].map((member) => ({ member, publicKey: newDeviceKeyPair().publicKey }));
    // The relay lists Carol again (or replayed her device key): this computer removed her.
    expect(mayGrant(wanted, new Set(['dan', 'carol']), new Set(['carol']))).toEqual(['dan']);
    expect(mayGrant(wanted, new Set(), new Set())).toEqual([]);
  });
});
