import { describe, expect, it } from 'vitest';
import { newEpochKey } from '../../../shared/sealed/epochKeys.ts';
import { newId } from '../../../shared/ids.ts';
import {
  loadDeviceKey,
  loadRemovedMembers,
  loadWorkspaceKeys,
  rememberRemovedMember,
  saveWorkspaceKeys,
} from './workspaceKeys.ts';

/** Writes `value` under `id` in the key store as a damaged or older app might have left it. */
async function writeRaw(id: string, value: unknown): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('concord-workspace-keys', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('keys');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('keys', 'readwrite');
    tx.objectStore('keys').put(value, id);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('workspace keys on this computer', () => {
  it('keeps the keys of a private workspace, so the workspace opens again after a restart', async () => {
    const ws = newId();
    expect(await loadWorkspaceKeys(ws)).toBeNull(); // nothing held: the app says the key is missing
    const first = newEpochKey(0);
    const second = newEpochKey(1);
    await saveWorkspaceKeys(ws, [first]);
    await saveWorkspaceKeys(ws, [second]); // a rotation adds to what is held
    const ring = await loadWorkspaceKeys(ws);
    expect(ring?.current().epoch).toBe(1);
    expect(ring?.all().map((k) => k.epoch)).toEqual([0, 1]);
    expect([...ring!.current().key]).toEqual([...second.key]);
  });

  it('refuses a different key for an epoch already held, and keeps the one it had', async () => {
    const ws = newId();
    const key = newEpochKey(0);
    await saveWorkspaceKeys(ws, [key]);
    await expect(saveWorkspaceKeys(ws, [newEpochKey(0)])).rejects.toThrow(
      'a different key for epoch 0 is already held',
    );
    expect([...(await loadWorkspaceKeys(ws))!.current().key]).toEqual([...key.key]);
  });

  it('treats a damaged entry as no key (the workspace reports its key missing instead of reading garbage)', async () => {
    const ws = newId();
    await writeRaw(ws, [{ epoch: 0, key: new Uint8Array(5) }]); // a truncated key
    expect(await loadWorkspaceKeys(ws)).toBeNull();
    await writeRaw(ws, [{ epoch: -1, key: new Uint8Array(32) }]);
    expect(await loadWorkspaceKeys(ws)).toBeNull();
    await writeRaw(ws, 'not a list of keys');
    expect(await loadWorkspaceKeys(ws)).toBeNull();
    // A key given again (a new invitation link) replaces the damaged entry.
    await saveWorkspaceKeys(ws, [newEpochKey(3)]);
    expect((await loadWorkspaceKeys(ws))?.current().epoch).toBe(3);
  });

  it('makes one device key per workspace and gives the same one every time', async () => {
    const ws = newId();
    const made = await loadDeviceKey(ws);
    expect(made.publicKey).toHaveLength(32);
    const again = await loadDeviceKey(ws);
    expect([...again.publicKey]).toEqual([...made.publicKey]);
    expect([...again.secretKey]).toEqual([...made.secretKey]);
    const other = await loadDeviceKey(newId());
    expect([...other.publicKey]).not.toEqual([...made.publicKey]);
  });

  it('replaces a damaged device key with a new one rather than publishing a broken one', async () => {
    const ws = newId();
    await writeRaw(`${ws}#device`, { secretKey: new Uint8Array(3), publicKey: new Uint8Array(32) });
    const made = await loadDeviceKey(ws);
    expect(made.secretKey).toHaveLength(32);
    expect([...(await loadDeviceKey(ws)).publicKey]).toEqual([...made.publicKey]);
  });

  it('remembers removed members per workspace with the epoch of their removal, so they are never given a key again', async () => {
    const ws = newId();
    expect(await loadRemovedMembers(ws)).toEqual(new Map());
    await rememberRemovedMember(ws, 'member-a', 0);
    await rememberRemovedMember(ws, 'member-b', 1);
    await rememberRemovedMember(ws, 'member-a', 2);
    expect(await loadRemovedMembers(ws)).toEqual(
      new Map([
        ['member-a', 2],
        ['member-b', 1],
      ]),
    );
    expect(await loadRemovedMembers(newId())).toEqual(new Map());
  });

  it('reads the earlier list of bare ids as removals of unknown epoch', async () => {
    const ws = newId();
    await writeRaw(`${ws}#removed`, ['member-old']);
    expect(await loadRemovedMembers(ws)).toEqual(new Map([['member-old', -1]]));
    await rememberRemovedMember(ws, 'member-new', 3);
    expect(await loadRemovedMembers(ws)).toEqual(
      new Map([
        ['member-old', -1],
        ['member-new', 3],
      ]),
    );
  });

  it('reads a damaged removed-members entry as none, and a later removal starts it afresh', async () => {
    const ws = newId();
    await writeRaw(`${ws}#removed`, [42]);
    expect(await loadRemovedMembers(ws)).toEqual(new Map());
    await rememberRemovedMember(ws, 'member-c', 0);
    expect(await loadRemovedMembers(ws)).toEqual(new Map([['member-c', 0]]));
  });
});
