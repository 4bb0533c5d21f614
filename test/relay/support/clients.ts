import * as Y from 'yjs';
import type * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { mergeAcked, readAckPayload } from '../../../shared/protocol/ack.ts';
import type { AckedState } from '../../../shared/protocol/ack.ts';
import { MESSAGE_ACK, MESSAGE_DECLINED, MESSAGE_ROLE, MESSAGE_STORAGE } from '../../../shared/protocol/messages.ts';
import { readRolePayload } from '../../../shared/protocol/role.ts';
import { readStoragePayload } from '../../../shared/protocol/storage.ts';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import { shouldRetry } from '../../../shared/protocol/closeCodes.ts';
import { waitFor } from './wait.ts';

/** A Y.Doc synced through a stock y-websocket provider. */
export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Acknowledged clocks (only filled when connected with `ack`). */
  acked: AckedState;
  /** Clocks the relay declined to store for the connection's role (with `ack`). */
  declined: AckedState;
  /** The role the relay last announced (with `ack`). */
  role: Role | null;
  /** What the relay last said about its storage (with `ack`): true saving, false cannot save, null nothing said. */
  canSave: boolean | null;
  /** Close codes the provider has seen. */
  closeCodes: number[];
  destroy(): void;
}

/** Options for `connectClient`. */
export interface ClientOptions {
  doc?: Y.Doc;
  /** Ask for MESSAGE_ACK and record acks in `acked`, as the app does. */
  ack?: boolean;
  connect?: boolean;
  /** Retry on the codes the app retries on (default); false keeps y-websocket's stock behaviour. */
  appReconnect?: boolean;
}

/** Connects a y-websocket WebsocketProvider (with `ws` as WebSocket) to `room` of the relay at `relayUrl`. */
export function connectClient(relayUrl: string, room: string, token: string, options: ClientOptions = {}): SyncClient {
  const doc = options.doc ?? new Y.Doc();
  const params: Record<string, string> = { token };
  if (options.ack) params.ack = '1';
  const provider = new WebsocketProvider(`${relayUrl}/sync`, room, doc, {
    params,
    connect: options.connect ?? true,
    disableBc: true,
    maxBackoffTime: 500,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    ...(options.appReconnect === false ? {} : { shouldReconnect: (e: CloseEvent) => shouldRetry(e.code) }),
  });
  const acked: AckedState = new Map();
  const declined: AckedState = new Map();
  const closeCodes: number[] = [];
  const client: SyncClient = {
    doc,
    provider,
    acked,
    declined,
    role: null,
    canSave: null,
    closeCodes,
    destroy: () => provider.destroy(),
  };
  if (options.ack) {
    provider.messageHandlers[MESSAGE_ACK] = (_encoder, decoder: decoding.Decoder) =>
      mergeAcked(acked, readAckPayload(decoder));
    provider.messageHandlers[MESSAGE_DECLINED] = (_encoder, decoder: decoding.Decoder) =>
      mergeAcked(declined, readAckPayload(decoder));
    provider.messageHandlers[MESSAGE_ROLE] = (_encoder, decoder: decoding.Decoder) =>
      void (client.role = readRolePayload(decoder));
    provider.messageHandlers[MESSAGE_STORAGE] = (_encoder, decoder: decoding.Decoder) =>
      void (client.canSave = readStoragePayload(decoder));
  }
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });
  return client;
}

/** Waits until the provider has completed a sync with the relay. */
export function waitSynced(client: SyncClient, timeoutMs?: number): Promise<void> {
  return waitFor(() => client.provider.synced, 'client synced', timeoutMs);
}

/** Whether all docs hold the same state (same state vectors and same text of `field`). */
export function converged(docs: Y.Doc[], field = 't'): boolean {
  const first = docs[0]!;
  const sv = Y.encodeStateVector(first).toString();
  const text = first.getText(field).toString();
  return docs.every((d) => Y.encodeStateVector(d).toString() === sv && d.getText(field).toString() === text);
}

/** A bare WebSocket to the relay, recording what it receives and how it closes. */
export interface RawClient {
  ws: WebSocket;
  messages: Uint8Array[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  send(frame: Uint8Array | string): void;
}

/** Opens a raw WebSocket to `url` (full URL including path and query). */
export function rawClient(url: string): RawClient {
  const ws = new WebSocket(url);
  const messages: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
  ws.on('error', () => undefined);
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', () => reject(new Error('closed before open')));
  });
  opened.catch(() => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  return { ws, messages, opened, closed, send: (frame) => ws.send(frame) };
}

/** The URL of a room, with query parameters. */
export function roomUrl(relayUrl: string, room: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return `${relayUrl}/sync/${room}${query ? `?${query}` : ''}`;
}
