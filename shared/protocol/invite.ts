import { decodeTokenPayload, splitToken } from './tokenPayload.ts';
import type { TokenPayload } from './tokenPayload.ts';

/** What an invite carries: where the relay is (null for a bare token) and the token. */
export interface Invite {
  relay: string | null;
  token: string;
  /** The token's claims, unverified (for display); null when the token cannot be read. */
  payload: TokenPayload | null;
}

const DESKTOP_PREFIX = 'concord://join?';
const SCHEMES: Record<string, string> = { 'ws:': 'ws:', 'wss:': 'wss:', 'http:': 'ws:', 'https:': 'wss:' };

/** Normalises a relay address to `ws:`/`wss:` without a trailing slash; null when it is not one. */
export function normalizeRelayUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  const scheme = SCHEMES[url.protocol];
  if (!scheme || !url.host || url.search || url.hash) return null;
  return `${scheme}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

/** The web address (http/https) at which a relay serves the browser app. */
export function relayToHttp(relay: string): string {
  const ws = normalizeRelayUrl(relay);
  if (!ws) throw new Error(`not a relay address: ${relay}`);
  return ws.replace(/^ws/, 'http');
}

/** The link the desktop app opens: `concord://join?relay=<ws url>&token=<token>`. */
export function formatInviteLink(relay: string, token: string): string {
  const ws = normalizeRelayUrl(relay);
  if (!ws) throw new Error(`not a relay address: ${relay}`);
  return `${DESKTOP_PREFIX}relay=${encodeURIComponent(ws)}&token=${encodeURIComponent(token)}`;
}

/** The link that opens the browser app served by the relay itself: `http(s)://host/#join=<token>`. */
export function formatBrowserLink(relay: string, token: string): string {
  return `${relayToHttp(relay)}/#join=${encodeURIComponent(token)}`;
}

/** Reads a desktop link, a browser link or a bare token (as pasted by a user); null when it is none. */
export function parseInvite(text: string): Invite | null {
  const input = text.trim();
  let relay: string | null = null;
  let token: string | null;
  if (input.startsWith(DESKTOP_PREFIX)) {
    // The fragment (a private workspace's secret, shared/sealed/inviteSecret.ts) is not a parameter.
    const params = new URLSearchParams(input.slice(DESKTOP_PREFIX.length).split('#')[0]);
    const rawRelay = params.get('relay');
    relay = rawRelay === null ? null : normalizeRelayUrl(rawRelay);
    token = params.get('token');
    if (!relay) return null;
  } else if (/^https?:\/\//.test(input)) {
    const hashAt = input.indexOf('#');
    if (hashAt < 0) return null;
    token = new URLSearchParams(input.slice(hashAt + 1)).get('join');
    relay = normalizeRelayUrl(input.slice(0, hashAt));
    if (!relay) return null;
  } else {
    token = input;
  }
  if (!token || !splitToken(token)) return null;
  return { relay, token, payload: decodeTokenPayload(token) };
}
