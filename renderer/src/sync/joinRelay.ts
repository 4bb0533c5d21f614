import type { HostApi } from '../../../shared/host/HostApi.ts';
import { isExpired, type TokenPayload } from '../../../shared/protocol/tokenPayload.ts';
import { normalizeRelayUrl, parseInvite } from '../../../shared/protocol/invite.ts';
import { LocalizedError } from '../../../shared/i18n/LocalizedError.ts';
import { newEpochKey, type EpochKey } from '../../../shared/sealed/epochKeys.ts';
import { readSecretFromLink } from '../../../shared/sealed/inviteSecret.ts';
import { saveWorkspaceKeys } from '../sealed/workspaceKeys.ts';

/** An invite the user is about to accept: checked for shape and expiry (only the relay can verify it). */
export interface PendingInvite {
  relay: string;
  token: string;
  payload: TokenPayload;
  /** The relay the user confirmed this workspace moves away from, when it had another one. */
  replaces?: string;
  /** A private workspace's key, from the link's fragment; null for a link without one (a bare token). */
  secret: EpochKey | null;
  /** The person chose to make the workspace private as they connect it (a new key is made here). */
  makePrivate?: boolean;
}

/**
 * How far this computer's clock may be off before the app itself calls an invitation expired. The
 * relay judges expiry by its own clock; the app only spares the person a connection for a link that
 * is clearly out of date, so a clock running a few hours ahead never refuses a valid invitation.
 */
export const CLOCK_TOLERANCE_MS = 24 * 3600_000;

/**
 * Reads what the user pasted (a concord:// link, a browser link, or a bare token with a separately
 * typed relay address). Throws a LocalizedError saying what is wrong and what to do.
 */
export function readInvite(text: string, typedRelay: string, now = Date.now()): PendingInvite {
  const invite = parseInvite(text);
  if (!invite) throw new LocalizedError('join.notAnInvite');
  if (!invite.payload) throw new LocalizedError('join.unreadable');
  const relay = invite.relay ?? normalizeRelayUrl(typedRelay);
  if (!relay) throw new LocalizedError('join.needsAddress');
  if (isExpired(invite.payload, now - CLOCK_TOLERANCE_MS))
    throw new LocalizedError('join.expired', { expiry: invite.payload.exp * 1000 });
  let secret: EpochKey | null;
  try {
    secret = readSecretFromLink(text.trim());
  } catch {
    throw new LocalizedError('private.badKey');
  }
  return { relay, token: invite.token, payload: invite.payload, secret };
}

/**
 * The relay the invite's workspace is connected to on this computer when it is another one than
 * the invite's (joining would move the workspace there), else null. The workspace id comes from
 * the token, which the app cannot verify: a link can name any workspace with any relay.
 */
export async function relayBeingReplaced(host: HostApi, invite: PendingInvite): Promise<string | null> {
  const current = (await host.getSetting('relays'))?.[invite.payload.ws]?.url;
  if (!current) return null;
  return sameRelay(current, invite.relay) ? null : current;
}

function sameRelay(a: string, b: string): boolean {
  return (normalizeRelayUrl(a) ?? a) === (normalizeRelayUrl(b) ?? b);
}

/**
 * Remembers the relay for the invite's workspace and the user's name and organisation; returns the workspace
 * to open. Never moves a workspace from one relay to another silently: unless the user confirmed
 * replacing that very relay (`invite.replaces`), it throws and changes nothing.
 */
export async function acceptInvite(
  host: HostApi,
  invite: PendingInvite,
  displayName: string,
  organisation = '',
): Promise<string> {
  const replaced = await relayBeingReplaced(host, invite);
  if (replaced && !(invite.replaces && sameRelay(invite.replaces, replaced)))
    throw new LocalizedError('join.moveUnconfirmed', { current: replaced, next: invite.relay });
  const relays = (await host.getSetting('relays')) ?? {};
  const ws = invite.payload.ws;
  // The key goes to this computer's key store, never the settings; once private, always private.
  const key = invite.secret ?? (invite.makePrivate ? newEpochKey(0) : null);
  if (key) await saveWorkspaceKeys(ws, [key]);
  const isPrivate = key !== null || relays[ws]?.private === true;
  await host.setSetting('relays', {
    ...relays,
    [ws]: { url: invite.relay, token: invite.token, ...(isPrivate ? { private: true } : {}) },
  });
  if (displayName.trim()) await host.setSetting('displayName', displayName.trim().slice(0, 80));
  await host.setSetting('organisation', organisation.trim().slice(0, 80));
  return invite.payload.ws;
}

/** Forgets a workspace's relay: the workspace stays on this computer, local only. */
export async function leaveRelay(host: HostApi, workspaceId: string): Promise<void> {
  const relays = { ...((await host.getSetting('relays')) ?? {}) };
  delete relays[workspaceId];
  await host.setSetting('relays', relays);
}
