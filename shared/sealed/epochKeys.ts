import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/ciphers/utils.js';
import { OpenError } from './openError.ts';

/** Length of every symmetric key (epoch keys and derived record keys). */
export const KEY_BYTES = 32;

/** A workspace's secret for one key epoch (docs/private-workspaces.md, Keys). */
export interface EpochKey {
  epoch: number;
  key: Uint8Array;
}

/** A fresh random epoch key. */
export function newEpochKey(epoch: number): EpochKey {
  return { epoch, key: randomBytes(KEY_BYTES) };
}

const SALT = new TextEncoder().encode('concord/sealed/v1');

/**
 * The epoch keys a member holds for one workspace. Records are sealed under the newest; older
 * epochs stay readable. Record keys are derived per kind (HKDF), never the epoch key itself.
 */
export class KeyRing {
  private readonly keys = new Map<number, Uint8Array>();
  private readonly derived = new Map<string, Uint8Array>();
  private newest = -1;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly workspaceId: string,
    initial: Iterable<EpochKey> = [],
  ) {
    for (const k of initial) this.add(k);
  }

  /** Adds (or confirms) an epoch's key; a different key for a known epoch is an error. */
  add({ epoch, key }: EpochKey): void {
    if (!Number.isSafeInteger(epoch) || epoch < 0) throw new Error(`invalid key epoch ${epoch}`);
    if (key.length !== KEY_BYTES) throw new Error(`an epoch key has ${KEY_BYTES} bytes, not ${key.length}`);
    const known = this.keys.get(epoch);
    if (known && !sameBytes(known, key)) throw new Error(`a different key for epoch ${epoch} is already held`);
    this.keys.set(epoch, new Uint8Array(key));
    if (epoch > this.newest) this.newest = epoch;
    if (!known) for (const listener of this.listeners) listener();
  }

  /** Hears every epoch key added that was not held before (a rotation arrived); returns the unsubscribe. */
  onAdded(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The newest epoch key held (the one new records are sealed under). */
  current(): EpochKey {
    const key = this.keys.get(this.newest);
    if (!key) throw new Error('the key ring holds no key');
    return { epoch: this.newest, key };
  }

  /** Every epoch key held, oldest first (to store them on this computer). */
  all(): EpochKey[] {
    return [...this.keys].sort(([a], [b]) => a - b).map(([epoch, key]) => ({ epoch, key: new Uint8Array(key) }));
  }

  /** Whether the key of `epoch` is held. */
  has(epoch: number): boolean {
    return this.keys.has(epoch);
  }

  /** The key for records of `kind` in `epoch`; an OpenError when that epoch's key is not held. */
  recordKey(epoch: number, kind: string): Uint8Array {
    const id = `${epoch}:${kind}`;
    const cached = this.derived.get(id);
    if (cached) return cached;
    const key = this.keys.get(epoch);
    if (!key) throw new OpenError('unknown epoch', `no key for epoch ${epoch}`);
    const info = new TextEncoder().encode(`${kind}:${this.workspaceId}`);
    const derived = hkdf(sha256, key, SALT, info, KEY_BYTES);
    this.derived.set(id, derived);
    return derived;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
