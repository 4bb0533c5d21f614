import type { KeyRing } from '../../../shared/sealed/epochKeys.ts';
import { newDeviceKeyPair } from '../../../shared/sealed/keyEnvelope.ts';
import { encodeKeyRoomEntry, keyRoomName } from '../../../shared/sealed/keyRoom.ts';
import type { KeyRoomEntry } from '../../../shared/sealed/keyRoom.ts';
import { encodeRosterEntry } from '../../../shared/sealed/roster.ts';
import { sealRecord } from '../../../shared/sealed/sealedRecord.ts';
import { encodeSealedMessage } from '../../../shared/protocol/sealedMessages.ts';
import { rawClient } from './clients.ts';
import { waitFor } from './wait.ts';

/** The URL of `ws`'s key room on the relay at `relayUrl`, for `token`. */
export const keyRoomUrl = (relayUrl: string, ws: string, token: string) =>
  `${relayUrl}/sealed/${keyRoomName(ws)}?token=${encodeURIComponent(token)}`;

/** Appends `entry` to the key room at `url` (token included): the close code and reason, code 0 once stored. */
export async function appendEntry(url: string, entry: KeyRoomEntry): Promise<{ code: number; reason: string }> {
  const raw = rawClient(url);
  await raw.opened;
  raw.send(encodeSealedMessage({ type: 'append', record: encodeKeyRoomEntry(entry) }));
  const stored = waitFor(() => raw.messages.some((m) => m[0] === 124), 'stored').then(() => ({ code: 0, reason: '' }));
  const outcome = await Promise.race([stored, raw.closed]);
  raw.ws.close();
  return outcome;
}

/** A roster entry naming `member` with a fresh device key (or `publicKey`), sealed with `ring`. */
export function rosterEntry(ring: KeyRing, member: string, publicKey = newDeviceKeyPair().publicKey): KeyRoomEntry {
  const header = { kind: 'roster' as const, device: new Uint8Array(16), counter: 1 };
  const record = sealRecord(ring, keyRoomName(ring.workspaceId), header, encodeRosterEntry({ member, publicKey }));
  return { type: 'roster', record };
}
