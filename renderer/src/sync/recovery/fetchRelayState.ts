import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { MESSAGE_SYNC, SYNC_PATH, SYNC_STEP1, SYNC_STEP2, TOKEN_PARAM } from '../../../../shared/protocol/messages.ts';
import type { RelayConfig } from '../RelayConnection.ts';

/**
 * The room's whole state as the relay holds it: a one-off read over a socket of its own (sync step 1
 * with an empty state vector; the relay answers with everything). It sends nothing of this
 * computer's, so it cannot be refused.
 */
export function fetchRelayState(config: RelayConfig, room: string, timeoutMs = 30_000): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const url = `${config.url}${SYNC_PATH}/${room}?${new URLSearchParams({ [TOKEN_PARAM]: config.token })}`;
    const ws = new WebSocket(url);
    ws.binaryType = 'arraybuffer';
    const timer = setTimeout(() => finish(new Error('the relay did not answer')), timeoutMs);
    let done = false;
    const finish = (result: Uint8Array | Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      ws.close(1000);
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    ws.onopen = () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      encoding.writeVarUint(encoder, SYNC_STEP1);
      encoding.writeVarUint8Array(encoder, new Uint8Array([0])); // an empty state vector
      ws.send(encoding.toUint8Array(encoder));
    };
    ws.onmessage = (event: MessageEvent<ArrayBuffer>) => {
      const decoder = decoding.createDecoder(new Uint8Array(event.data));
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC || decoding.readVarUint(decoder) !== SYNC_STEP2) return;
      finish(decoding.readVarUint8Array(decoder));
    };
    ws.onclose = (event) => finish(new Error(`the relay closed the connection (${event.code})`));
    ws.onerror = () => undefined;
  });
}
