import { CLOSE_MALFORMED } from '../../shared/protocol/closeCodes.ts';

/** Thrown while handling a message to close that one connection with `code` and `reason`. */
export class CloseError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The close code and a short reason (WebSocket allows 123 bytes) for anything thrown by a handler. */
export function toClose(err: unknown): { code: number; reason: string } {
  if (err instanceof CloseError) return { code: err.code, reason: err.reason.slice(0, 120) };
  const detail = err instanceof Error ? err.message : String(err);
  return { code: CLOSE_MALFORMED, reason: `malformed message: ${detail}`.slice(0, 120) };
}
