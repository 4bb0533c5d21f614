import type { WebsocketProvider } from 'y-websocket';
import { MESSAGE_QUERY_AWARENESS } from '../../../shared/protocol/messages.ts';

/** When a quiet connection asks the relay for a sign of life, and when silence means the connection is gone. */
export interface HeartbeatTiming {
  /** Quiet this long: ask the relay (it answers a presence query with the room's presence). */
  askAfterMs: number;
  /** Nothing heard this long while open, or still opening after this long: drop it and reconnect. */
  lostAfterMs: number;
  /** How often the connection is looked at. */
  checkEveryMs: number;
}

const HEARTBEAT: HeartbeatTiming = { askAfterMs: 5_000, lostAfterMs: 15_000, checkEveryMs: 1_000 };

const QUERY = new Uint8Array([MESSAGE_QUERY_AWARENESS]);

/**
 * Keeps a provider honest about its connection. A socket can stay "open" with nothing getting
 * through (a network cut the computer has not noticed, a relay that hangs): the relay never speaks
 * unprompted to a member alone in a room, so a quiet connection asks, and one that stays silent,
 * or never finishes opening, is dropped; the provider then reconnects with its backoff. Returns
 * the function that stops watching.
 */
export function watchConnection(provider: WebsocketProvider, timing: HeartbeatTiming = HEARTBEAT): () => void {
  let openingSince: number | null = null;
  let askedAt = 0;
  const onStatus = ({ status }: { status: string }) => {
    openingSince = status === 'connecting' ? Date.now() : null;
  };
  provider.on('status', onStatus);
  if (provider.wsconnecting) openingSince = Date.now();
  const check = () => {
    const now = Date.now();
    if (provider.wsconnected) {
      const quiet = now - provider.wsLastMessageReceived;
      if (quiet >= timing.lostAfterMs) return drop(provider);
      if (quiet >= timing.askAfterMs && now - askedAt >= timing.askAfterMs && provider.ws?.readyState === 1) {
        askedAt = now;
        provider.ws.send(QUERY);
      }
    } else if (provider.wsconnecting && openingSince !== null && now - openingSince >= timing.lostAfterMs) {
      openingSince = null;
      drop(provider);
    }
  };
  const timer = setInterval(check, timing.checkEveryMs);
  return () => {
    clearInterval(timer);
    provider.off('status', onStatus);
  };
}

/** Closes the socket as lost: the provider counts a failed attempt and tries again after its backoff. */
function drop(provider: WebsocketProvider): void {
  provider.disconnect();
  provider.shouldConnect = true; // disconnect() means "stop"; the retry it scheduled must still run
}
