// Fan-out between relay instances. A single relay has none; several relays on one Postgres share
// every accepted update through Redis (redisFanout.ts), so each can serve any document.

/** What a loaded room offers to the fan-out. */
export interface RemoteSink {
  /** Applies an update another instance accepted and stored; it is forwarded, not stored or published again. */
  applyRemote(update: Uint8Array): void;
  /** Applies presence from another instance's clients; `members` names the member of each client id it sets. */
  applyRemoteAwareness(update: Uint8Array, members: PresenceMembers): void;
  /** The presence of this instance's own clients, encoded (to answer an instance that just loaded the room), or null. */
  localAwareness(): { update: Uint8Array; members: PresenceMembers } | null;
  /** Reloads the room from storage: updates were lost from the stream, so the stream alone cannot catch up. */
  reload(): Promise<void>;
}

/**
 * The member (token id) behind each presence client id an instance shares, so that a member whose
 * app reconnects through another instance (its own died) takes its presence over at once there.
 */
export type PresenceMembers = ReadonlyMap<number, string>;

/** A loaded room's handle on the fan-out. */
export interface RoomLink {
  /** Shares an update this instance accepted; call only once it is stored, in the order they were stored. */
  publish(update: Uint8Array): void;
  /** Shares an awareness (presence) update of this instance's clients, with their members; never stored. */
  publishAwareness(update: Uint8Array, members: PresenceMembers): void;
  /** Stops delivering to the room (it is unloading). */
  close(): void;
}

/** State of the fan-out for /healthz. */
export interface FanoutHealth {
  kind: 'none' | 'redis';
  ok: boolean;
  detail?: string;
}

/** The fan-out seen by rooms and the server. */
export interface Fanout {
  readonly kind: 'none' | 'redis';
  /**
   * Where the room's shared log stands now. Take it before loading the room from storage: every
   * update published up to here was stored before it was published, so the load has it, and `link`
   * delivers everything after it. Null when it cannot be known now (Redis unreachable): the room is
   * then reloaded from storage once the fan-out is back.
   */
  position(room: string): Promise<string | null>;
  /** Starts delivering the room's updates published after `position` (other instances' only) to `sink`. */
  link(room: string, position: string | null, sink: RemoteSink): RoomLink;
  health(): FanoutHealth;
  close(): Promise<void>;
}

const NO_LINK: RoomLink = { publish: () => undefined, publishAwareness: () => undefined, close: () => undefined };

/** The single-relay fan-out: nothing to share with. */
export const NO_FANOUT: Fanout = {
  kind: 'none',
  position: async () => null,
  link: () => NO_LINK,
  health: () => ({ kind: 'none', ok: true }),
  close: async () => undefined,
};
