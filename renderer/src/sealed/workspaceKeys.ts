import { z } from 'zod';
import { KEY_BYTES, KeyRing } from '../../../shared/sealed/epochKeys.ts';
import type { EpochKey } from '../../../shared/sealed/epochKeys.ts';
import { newDeviceKeyPair } from '../../../shared/sealed/keyEnvelope.ts';
import type { DeviceKeyPair } from '../../../shared/sealed/keyEnvelope.ts';
import { PUBLIC_KEY_BYTES } from '../../../shared/sealed/keyRoom.ts';

// A private workspace's epoch keys and this computer's device key pair live on this computer only,
// in IndexedDB beside its documents (docs/private-workspaces.md, Keys): never in the settings, never
// sent to the relay (only the device key's public half, sealed, in the roster).

const DB_NAME = 'concord-workspace-keys';
const STORE = 'keys';

/** What is stored per workspace, checked when read back (a damaged entry is not a key). */
const StoredKeys = z
  .array(
    z.object({
      epoch: z.number().int().min(0),
      key: z.instanceof(Uint8Array).refine((k) => k.length === KEY_BYTES),
    }),
  )
  .max(10_000);

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('the key store failed'));
  });
}

let opened: Promise<IDBDatabase> | null = null;
function database(): Promise<IDBDatabase> {
  if (opened) return opened;
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return (opened = promised(open));
}

async function store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
  return (await database()).transaction(STORE, mode).objectStore(STORE);
}

/** The keys held for `workspaceId` as a KeyRing; null when this computer holds none. */
export async function loadWorkspaceKeys(workspaceId: string): Promise<KeyRing | null> {
  const parsed = StoredKeys.safeParse(await promised((await store('readonly')).get(workspaceId)));
  if (!parsed.success || parsed.data.length === 0) return null;
  return new KeyRing(workspaceId, parsed.data);
}

/** Adds `keys` to those held for `workspaceId` (a key for an epoch already held must be the same). */
export async function saveWorkspaceKeys(workspaceId: string, keys: readonly EpochKey[]): Promise<KeyRing> {
  const ring = (await loadWorkspaceKeys(workspaceId)) ?? new KeyRing(workspaceId);
  for (const key of keys) ring.add(key);
  await promised((await store('readwrite')).put(ring.all(), workspaceId));
  return ring;
}

/** This computer's device key pair for a workspace, checked when read back. */
const StoredDevice = z.object({
  secretKey: z.instanceof(Uint8Array).refine((k) => k.length === PUBLIC_KEY_BYTES),
  publicKey: z.instanceof(Uint8Array).refine((k) => k.length === PUBLIC_KEY_BYTES),
});

/**
 * The device key pair of `workspaceId` on this computer (docs/private-workspaces.md, Keys), made
 * and kept beside the workspace keys the first time it is asked for; its public half goes into the
 * workspace's roster, its secret half never leaves this computer.
 */
export async function loadDeviceKey(workspaceId: string): Promise<DeviceKeyPair> {
  const id = `${workspaceId}#device`;
  const parsed = StoredDevice.safeParse(await promised((await store('readonly')).get(id)));
  if (parsed.success) return parsed.data;
  const made = newDeviceKeyPair();
  await promised((await store('readwrite')).put(made, id));
  return made;
}

/**
 * Members removed from a workspace, as kept on this computer: `[member id, the newest epoch held
 * when removing them]`; a bare id is the earlier format (epoch unknown: -1, so only a rotation that
 * wrapped the key for their device counts as theirs).
 */
const StoredRemoved = z
  .array(z.union([z.string().max(200), z.tuple([z.string().max(200), z.number().int().min(-1)])]))
  .max(10_000);

/**
 * The members this computer removed from `workspaceId` (never given a key again, whatever the
 * relay says), each with the newest epoch this computer held when it removed them.
 */
export async function loadRemovedMembers(workspaceId: string): Promise<Map<string, number>> {
  const parsed = StoredRemoved.safeParse(await promised((await store('readonly')).get(`${workspaceId}#removed`)));
  const entries = parsed.success ? parsed.data : [];
  return new Map(entries.map((e): [string, number] => (typeof e === 'string' ? [e, -1] : e)));
}

/** Remembers that `member` was removed from `workspaceId` (a revoked member or invitation) while it held `epoch`. */
export async function rememberRemovedMember(workspaceId: string, member: string, epoch: number): Promise<void> {
  const removed = await loadRemovedMembers(workspaceId);
  removed.set(member, Math.max(epoch, removed.get(member) ?? -1));
  await promised((await store('readwrite')).put([...removed], `${workspaceId}#removed`));
}
