// WebSocket close codes the relay uses. Browsers hide HTTP errors from a failed upgrade, so the relay
// accepts the socket and closes it with one of these codes and a short reason string instead.

export const CLOSE_STORAGE_FAILURE = 1011;
export const CLOSE_RESTARTING = 1012;
export const CLOSE_MALFORMED = 4400;
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN = 4403;
/** A change the connection's role may not make was refused as a whole; the reason is `formatRefusal` (refusal.ts). */
export const CLOSE_CHANGE_REFUSED = 4406;
/** An owner changed this member's role: reconnect, and the relay gives the new one. */
export const CLOSE_ROLE_CHANGED = 4409;
export const CLOSE_TOO_SLOW = 4408;
/** The workspace was made private by an owner: its ordinary rooms (`/sync/…`) are closed for good (docs/private-workspaces.md). */
export const CLOSE_MADE_PRIVATE = 4410;
export const CLOSE_FRAME_TOO_LARGE = 4413;
export const CLOSE_DOCUMENT_TOO_LARGE = 4422;
export const CLOSE_RATE_LIMITED = 4429;
export const CLOSE_TOO_MANY_CONNECTIONS = 4430;

/** What a close code means for the person at the keyboard, and whether reconnecting can help. */
export interface CloseCodeInfo {
  code: number;
  name: string;
  /** A sentence the app can show as is. */
  message: string;
  /** True when reconnecting (with backoff) may succeed; false when the user must act first. */
  retry: boolean;
}

const INFO: readonly CloseCodeInfo[] = [
  {
    code: CLOSE_STORAGE_FAILURE,
    name: 'storage-failure',
    message: 'The relay could not save changes. Your changes are kept here; reconnecting shortly.',
    retry: true,
  },
  {
    code: CLOSE_RESTARTING,
    name: 'restarting',
    message: 'The relay is restarting. Reconnecting shortly.',
    retry: true,
  },
  {
    code: CLOSE_MALFORMED,
    name: 'malformed',
    message: 'The relay could not read what this app sent (wrong address or incompatible version).',
    retry: false,
  },
  {
    code: CLOSE_UNAUTHORIZED,
    name: 'unauthorized',
    message: 'The invitation is missing, invalid, expired or revoked. Ask your coalition for a new invite.',
    retry: false,
  },
  { code: CLOSE_FORBIDDEN, name: 'forbidden', message: 'This invitation is for another workspace.', retry: false },
  {
    code: CLOSE_CHANGE_REFUSED,
    name: 'change-refused',
    // Not retried as is: the app first sets the refused change aside, then reconnects (renderer/src/sync/recovery/).
    message: 'The relay refused a change your role may not make.',
    retry: false,
  },
  {
    code: CLOSE_ROLE_CHANGED,
    name: 'role-changed',
    message: 'Your role in this workspace changed. Reconnecting.',
    retry: true,
  },
  {
    code: CLOSE_TOO_SLOW,
    name: 'too-slow',
    message: 'The connection could not keep up with the relay. Reconnecting shortly.',
    retry: true,
  },
  {
    code: CLOSE_MADE_PRIVATE,
    name: 'made-private',
    message: 'This workspace was made private by its owner: open the new invitation link they send you.',
    retry: false,
  },
  {
    code: CLOSE_FRAME_TOO_LARGE,
    name: 'frame-too-large',
    message: 'A change was too large for the relay to accept.',
    retry: false,
  },
  {
    code: CLOSE_DOCUMENT_TOO_LARGE,
    name: 'document-too-large',
    message: 'The document has reached the size limit of this relay.',
    retry: false,
  },
  {
    code: CLOSE_RATE_LIMITED,
    name: 'rate-limited',
    message: 'Too many changes in a short time for too long; the relay closed this connection.',
    retry: true,
  },
  {
    code: CLOSE_TOO_MANY_CONNECTIONS,
    name: 'too-many-connections',
    message: 'Too many connections from this network address.',
    retry: true,
  },
];

const BY_CODE = new Map(INFO.map((i) => [i.code, i]));

/** Describes any close code; codes the relay does not define are treated as transient network loss. */
export function describeClose(code: number): CloseCodeInfo {
  return (
    BY_CODE.get(code) ?? {
      code,
      name: 'connection-lost',
      message: 'The connection to the relay was lost.',
      retry: true,
    }
  );
}

/**
 * Whether a client should reconnect after this close code. Pass it to y-websocket as
 * `shouldReconnect: (e) => shouldRetry(e.code)`: the stock default treats every 44xx code as final.
 */
export function shouldRetry(code: number): boolean {
  return describeClose(code).retry;
}
