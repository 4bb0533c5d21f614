import { numberOption } from './optionSpec.ts';
import type { OptionSpec } from './optionSpec.ts';

/**
 * The limits that keep what a peer can make the relay hold bounded, in bytes and counts
 * (docs/relay.md, Limits). Each has a default and a flag.
 */
export const LIMIT_OPTIONS: readonly OptionSpec[] = [
  numberOption('maxFrameBytes', 'max-frame', '16MiB', 'largest message a client may send (close 4413)', 'bytes'),
  numberOption(
    'maxDocumentBytes',
    'max-document',
    '64MiB',
    'largest stored size of one document or workspace index (close 4422)',
    'bytes',
  ),
  numberOption(
    'maxSyncClients',
    'max-sync-clients',
    '100000',
    'Yjs clients one sync request (state vector) may name (close 4400)',
  ),
  numberOption(
    'maxMessagesPerSecond',
    'max-rate',
    '10000',
    'messages per second per connection, bursts up to 10x; beyond, the relay stops reading it for a while',
  ),
  numberOption(
    'maxBytesPerSecond',
    'max-rate-bytes',
    '1MiB',
    'bytes per second per connection, bursts up to 10x; beyond, the relay stops reading it for a while',
    'bytes',
  ),
  numberOption(
    'maxCpuMsPerSecond',
    'max-rate-cpu-ms',
    '250',
    'milliseconds per second the relay may spend handling one connection, bursts up to 10x; beyond, as --max-rate',
  ),
  numberOption(
    'maxRateWaitMs',
    'max-rate-wait-ms',
    '30000',
    'a connection held back by the three rates this long without a break is closed (4429)',
  ),
  numberOption(
    'maxConnectionsPerAddress',
    'max-connections',
    '200',
    'open authenticated connections per client address (close 4430)',
  ),
  numberOption(
    'maxConnectionsTotal',
    'max-connections-total',
    '1000',
    'open TCP connections in all (WebSocket and HTTP); beyond, new ones are dropped at once',
  ),
  numberOption(
    'handshakeTimeoutMs',
    'handshake-timeout-ms',
    '10000',
    'time a client has to send its request headers, and the relay to check its token',
  ),
  numberOption(
    'closeGraceMs',
    'close-grace-ms',
    '1000',
    'time a closed or refused client has to answer the close frame before its socket is dropped',
  ),
  numberOption(
    'maxSendQueueBytes',
    'max-send-queue',
    '8MiB',
    "bytes waiting to be sent to one connection behind the message being written (close 4408); from half of it the relay stops reading the connection's requests",
    'bytes',
  ),
  numberOption(
    'maxRoomSendQueueBytes',
    'max-room-send-queue',
    '64MiB',
    'bytes waiting to be sent to all connections of one document; beyond, requests wait and lagging connections are closed (4408)',
    'bytes',
  ),
  numberOption(
    'maxPresenceStateBytes',
    'max-presence-state',
    '8KiB',
    'largest presence state (name, colour, cursor) of one client (close 4400)',
    'bytes',
  ),
  numberOption(
    'maxPresencePerConnection',
    'max-presence-per-connection',
    '16',
    'presence client ids one connection may own (close 4400)',
  ),
  numberOption(
    'maxPresenceRoomBytes',
    'max-presence-room',
    '4MiB',
    'presence states of one document together, each counted as its size + 64 bytes; beyond, new ones are dropped',
    'bytes',
  ),
  numberOption(
    'maxKeyRoomRecords',
    'max-key-records',
    '10000',
    "entries in a private workspace's key room (device keys and key rotations) (close 4422)",
  ),
  numberOption(
    'maxKeyRoomBytes',
    'max-key-room',
    '4MiB',
    "stored size of a private workspace's key room (close 4422)",
    'bytes',
  ),
  numberOption(
    'maxApiBodyBytes',
    'max-api-body',
    '4KiB',
    'bytes of one request body to the sharing API (413)',
    'bytes',
  ),
  numberOption(
    'maxApiPerMinute',
    'max-api-rate',
    '120',
    'sharing API requests per minute from one client address (429)',
  ),
  numberOption('maxApiBurst', 'max-api-burst', '40', 'sharing API requests one client address may send at once (429)'),
];
