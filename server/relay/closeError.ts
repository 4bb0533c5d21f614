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

/**
 * At most 120 bytes of printable ASCII: a reason can quote what a client sent (a type name), and
 * ws throws on a reason over 123 bytes, which would escape the message handler.
 */
function shortReason(reason: string): string {
  return reason.replace(/[^\x20-\x7e]/g, '?').slice(0, 120);
}

/** The close code and a short reason (WebSocket allows 123 bytes) for anything thrown by a handler. */
export function toClose(err: unknown): { code: number; reason: string } {
  if (err instanceof CloseError) return { code: err.code, reason: shortReason(err.reason) };
  const detail = err instanceof Error ? err.message : String(err);
  return { code: CLOSE_MALFORMED, reason: shortReason(`malformed message: ${detail}`) };
}
