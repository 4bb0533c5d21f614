import type { OptionSpec } from './optionSpec.ts';

const int = (key: OptionSpec['key'], flag: string, def: string, help: string, kind: 'int' | 'bytes' = 'int') => ({
  key,
  flag,
  env: `CONCORD_RELAY_${flag.toUpperCase().replace(/-/g, '_')}`,
  kind,
  default: def,
  help,
});

/**
 * The limits that keep what a peer can make the relay hold bounded, in bytes and counts
 * (docs/relay.md, Limits). Each has a default and a flag.
 */
export const LIMIT_OPTIONS: readonly OptionSpec[] = [
  int('maxFrameBytes', 'max-frame', '16MiB', 'largest message a client may send (close 4413)', 'bytes'),
  int(
    'maxDocumentBytes',
    'max-document',
    '64MiB',
    'largest stored size of one document or workspace index (close 4422)',
    'bytes',
  ),
  int(
    'maxMessagesPerSecond',
    'max-rate',
    '200',
    'messages per second per connection, bursts up to 10x; beyond, the relay stops reading it for a while',
  ),
  int(
    'maxBytesPerSecond',
    'max-rate-bytes',
    '1MiB',
    'bytes per second per connection, bursts up to 10x; beyond, the relay stops reading it for a while',
    'bytes',
  ),
  int(
    'maxRateWaitMs',
    'max-rate-wait-ms',
    '10000',
    'a connection held back by --max-rate or --max-rate-bytes this long without a break is closed (4429)',
  ),
  int(
    'maxConnectionsPerAddress',
    'max-connections',
    '200',
    'open authenticated connections per client address (close 4430)',
  ),
  int(
    'maxConnectionsTotal',
    'max-connections-total',
    '1000',
    'open TCP connections in all (WebSocket and HTTP); beyond, new ones are dropped at once',
  ),
  int(
    'handshakeTimeoutMs',
    'handshake-timeout-ms',
    '10000',
    'time a client has to send its request headers, and the relay to check its token',
  ),
  int(
    'closeGraceMs',
    'close-grace-ms',
    '1000',
    'time a closed or refused client has to answer the close frame before its socket is dropped',
  ),
  int(
    'maxSendQueueBytes',
    'max-send-queue',
    '8MiB',
    "bytes waiting to be sent to one connection behind the message being written (close 4408); from half of it the relay stops reading the connection's requests",
    'bytes',
  ),
  int(
    'maxRoomSendQueueBytes',
    'max-room-send-queue',
    '64MiB',
    'bytes waiting to be sent to all connections of one document; beyond, requests wait and lagging connections are closed (4408)',
    'bytes',
  ),
  int(
    'maxPresenceStateBytes',
    'max-presence-state',
    '8KiB',
    'largest presence state (name, colour, cursor) of one client (close 4400)',
    'bytes',
  ),
  int(
    'maxPresencePerConnection',
    'max-presence-per-connection',
    '16',
    'presence client ids one connection may own (close 4400)',
  ),
  int(
    'maxPresenceRoomBytes',
    'max-presence-room',
    '4MiB',
    'presence states of one document together, each counted as its size + 64 bytes; beyond, new ones are dropped',
    'bytes',
  ),
];
