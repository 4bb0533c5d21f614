import { removeAwarenessStates } from 'y-protocols/awareness';
import type { Awareness } from 'y-protocols/awareness';
import { CLOSE_MALFORMED } from '../../shared/protocol/closeCodes.ts';
import { CloseError } from './closeError.ts';
import { applyEntries, readPresenceEntries, writePresenceEntries } from './presenceEntries.ts';
import type { EntryLimits, PresenceEntry } from './presenceEntries.ts';

/** Presence limits (docs/relay.md, Limits). */
export interface PresenceLimits {
  maxStateBytes: number;
  maxPerConnection: number;
  maxRoomBytes: number;
}

/** What y-protocols reports after applying an update. */
export interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/** Each state is charged its JSON length plus this, so the room budget also bounds the count. */
const PRESENCE_ENTRY_OVERHEAD = 64;

/** A connection as presence sees it: `member` is its token's id (the same for one member's apps). */
export interface PresencePeer {
  readonly member?: string;
}

/**
 * A room's presence (y-protocols awareness) behind ownership and byte limits. A connection owns
 * the client ids it introduced: an id it named with a non-null state while the room held no state
 * for it, or held one owned by another connection of the same member (the app reconnected before
 * the relay noticed its old socket was gone). It owns at most `maxPerConnection`, until it sets the
 * state to null, the state times out or it leaves. Entries naming ids it does not own, and removals
 * of ids nobody has, are dropped before y-protocols sees them, so they create neither a state nor
 * an entry in its `meta` map; `meta` is also cleared whenever a state is removed. States of other
 * relay instances' clients ('remote') count against the same room budget and never displace a
 * local owner; a connection of the member another instance named for a remote id takes it over (the
 * member's app reconnected here after its instance died), nobody else.
 */
export class PresenceGate<P extends PresencePeer & object> {
  private readonly owners = new Map<number, P>();
  private readonly owned = new Map<P, Set<number>>();
  private readonly costs = new Map<number, number>();
  /** The member behind each remote state, as the instance that shared it said. */
  private readonly remoteMembers = new Map<number, string>();
  private bytes = 0;
  /**
   * While a connection's message is applied: the awareness update y-protocols reads, the entries it
   * holds, and (built when first needed, for messages of several entries) what each is charged.
   */
  private applying: {
    update: Uint8Array;
    /** The presence message `update` came in, when it holds nothing else and every entry is kept. */
    frame: Uint8Array | null;
    kept: PresenceEntry[];
    charges: Map<number, number> | null;
  } | null = null;
  /** What one presence message may hold: as many entries as the room has room for, each state within its limit. */
  private readonly perMessage: EntryLimits;

  /**
   * `onChange` hears every change, with the awareness update that made it when that update is
   * exactly the change (each of its entries applied): it can be passed on as it is, not encoded
   * again, and so can the message it came in (`asAppliedFrame`) when the connection gave it.
   */
  constructor(
    readonly awareness: Awareness,
    private readonly limits: PresenceLimits,
    onChange: (
      change: AwarenessChange,
      origin: unknown,
      asApplied: Uint8Array | null,
      asAppliedFrame: Uint8Array | null,
    ) => void,
  ) {
    this.perMessage = {
      maxEntries: Math.ceil(limits.maxRoomBytes / PRESENCE_ENTRY_OVERHEAD),
      maxStateBytes: limits.maxStateBytes,
    };
    awareness.on('update', (change: AwarenessChange, origin: unknown) => {
      // y-protocols lists each entry it applied once (added, updated or removed) and skips the
      // others: as many listed as the update holds means all of it applied.
      const listed = change.added.length + change.updated.length + change.removed.length;
      const applying = this.applying;
      const exact = applying !== null && listed === applying.kept.length;
      onChange(change, origin, exact ? applying.update : null, exact ? applying.frame : null);
      this.account(change, origin);
    });
  }

  /**
   * Applies a connection's awareness update; throws CloseError when it breaks a per-message limit.
   * `frame`: the presence message holding exactly this update, if the caller has it.
   */
  applyFrom(peer: P, update: Uint8Array, frame: Uint8Array | null = null): void {
    // Not capped at what one connection may own: a stock y-websocket client passes on every presence
    // update it receives, the greeting's whole room included. Entries it does not own are dropped below.
    const entries = readPresenceEntries(update, this.perMessage);
    const mine = this.owned.get(peer)?.size ?? 0;
    let claims: Set<number> | null = null;
    const fits = this.budget();
    const kept = entries.filter((e) => {
      const owner = this.owners.get(e.client);
      if (owner === peer) return fits(e);
      // Not newer than what the room holds: a stock client passing on what it received. A no-op for
      // y-protocols, and no claim (else one member's echo of its colleagues' states would take them over).
      if (e.clock <= (this.awareness.meta.get(e.client)?.clock ?? -1)) return false;
      if (owner !== undefined && !(e.state !== null && sameMember(owner, peer))) return false;
      if (
        owner === undefined &&
        (e.state === null || (this.awareness.getStates().has(e.client) && !this.remoteOf(e.client, peer)))
      )
        return false;
      (claims ??= new Set()).add(e.client);
      if (mine + claims.size > this.limits.maxPerConnection)
        throw new CloseError(CLOSE_MALFORMED, 'too many presence states');
      return fits(e);
    });
    if (kept.length === 0) return;
    // Usually every entry is kept: then y-protocols reads the message as it came.
    const whole = kept.length === entries.length;
    this.applying = {
      update: whole ? update : writePresenceEntries(kept),
      frame: whole ? frame : null,
      kept,
      charges: null,
    };
    try {
      applyEntries(this.awareness, kept, peer);
    } finally {
      this.applying = null;
    }
  }

  /**
   * Applies presence from another relay instance (never over a local owner's id, within the room
   * budget); `members` names the member behind each id, when the instance said.
   */
  applyRemote(update: Uint8Array, origin: unknown, members: ReadonlyMap<number, string> = new Map()): void {
    const entries = readPresenceEntries(update, this.perMessage);
    const fits = this.budget();
    const kept = entries.filter(
      (e) => !this.owners.has(e.client) && (e.state !== null ? fits(e) : this.awareness.getStates().has(e.client)),
    );
    if (kept.length === 0) return;
    applyEntries(this.awareness, kept, origin);
    const states = this.awareness.getStates();
    for (const e of kept) {
      const member = members.get(e.client);
      if (member !== undefined && states.has(e.client) && !this.owners.has(e.client))
        this.remoteMembers.set(e.client, member);
    }
  }

  /** The members behind these locally owned ids. */
  membersOf(ids: readonly number[]): Map<number, string> {
    const members = new Map<number, string>();
    for (const id of ids) {
      const member = this.owners.get(id)?.member;
      if (member !== undefined) members.set(id, member);
    }
    return members;
  }

  /** The client ids this instance's connections own (and that still have a state). */
  localClients(): number[] {
    return [...this.owners.keys()].filter((id) => this.awareness.getStates().has(id));
  }

  /** Removes the states `peer` owns (it left), and only those. */
  release(peer: P): void {
    const ids = [...(this.owned.get(peer) ?? [])];
    if (ids.length > 0) removeAwarenessStates(this.awareness, ids, 'relay');
    for (const id of ids) this.forget(id);
    this.owned.delete(peer);
  }

  /** Figures for /debug/memory: states, y-protocols meta entries, and bytes charged. */
  stats(): { states: number; meta: number; bytes: number } {
    return { states: this.awareness.getStates().size, meta: this.awareness.meta.size, bytes: this.bytes };
  }

  /**
   * What the state of `id` in the message being applied is charged: the length of its JSON as sent,
   * not encoded again (never shorter). Read from the entries themselves when there are a few (a
   * message usually holds its sender's one state), else from a map of them.
   */
  private chargeApplying(id: number): number | undefined {
    const applying = this.applying;
    if (!applying) return undefined;
    const { kept } = applying;
    if (kept.length > 4) {
      applying.charges ??= new Map(kept.map((e) => [e.client, chargeOf(e)]));
      return applying.charges.get(id);
    }
    // The last entry for an id is the one that counts, as in the map.
    for (let i = kept.length - 1; i >= 0; i--) if (kept[i]!.client === id) return chargeOf(kept[i]!);
    return undefined;
  }

  /** For one update: whether setting each entry keeps the room within its byte budget, counting the entries kept before it. */
  private budget(): (e: PresenceEntry) => boolean {
    let bytes = this.bytes;
    return (e) => {
      if (e.state === null) return true;
      const next = bytes - (this.costs.get(e.client) ?? 0) + chargeOf(e);
      if (next > this.limits.maxRoomBytes) return false;
      bytes = next;
      return true;
    };
  }

  private account({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    const states = this.awareness.getStates();
    for (const id of [...added, ...updated]) {
      if (id === this.awareness.clientID || !states.has(id)) continue;
      const cost = this.chargeApplying(id) ?? costOf(states.get(id));
      this.bytes += cost - (this.costs.get(id) ?? 0);
      this.costs.set(id, cost);
      const previous = this.owners.get(id);
      if (previous === origin || !isPeer(origin)) continue;
      // applyFrom let it through: a new id, or one its member's older connection held.
      const peer = origin as P;
      if (previous !== undefined) this.owned.get(previous)?.delete(id);
      this.owners.set(id, peer);
      this.remoteMembers.delete(id);
      const set = this.owned.get(peer) ?? new Set<number>();
      this.owned.set(peer, set.add(id));
    }
    for (const id of removed) if (!states.has(id)) this.forget(id);
  }

  private forget(id: number): void {
    this.bytes -= this.costs.get(id) ?? 0;
    this.costs.delete(id);
    const owner = this.owners.get(id);
    if (owner !== undefined) this.owned.get(owner)?.delete(id);
    this.owners.delete(id);
    this.remoteMembers.delete(id);
    if (id !== this.awareness.clientID) this.awareness.meta.delete(id);
  }

  /** Whether `id` is held for another instance's connection of `peer`'s own member. */
  private remoteOf(id: number, peer: P): boolean {
    return peer.member !== undefined && this.remoteMembers.get(id) === peer.member;
  }
}

function sameMember(a: PresencePeer, b: PresencePeer): boolean {
  return a.member !== undefined && a.member === b.member;
}

/** What a state counts against the room budget: its JSON length plus the per-entry overhead. */
function costOf(state: unknown): number {
  return JSON.stringify(state).length + PRESENCE_ENTRY_OVERHEAD;
}

/** What an entry of a message is charged: the length of its JSON as sent (the same as costOf or more) plus the overhead. */
function chargeOf(e: PresenceEntry): number {
  return e.json.length + PRESENCE_ENTRY_OVERHEAD;
}

/** Origins other than a connection: y-protocols' 'timeout', the relay's own 'relay', and remote symbols. */
function isPeer(origin: unknown): boolean {
  return typeof origin === 'object' && origin !== null;
}
