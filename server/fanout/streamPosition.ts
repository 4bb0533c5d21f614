import type { RedisClient } from './redisClient.ts';
import { isNoSuchKey, parseXinfo, STREAM_START } from './streamReplies.ts';

/** The id of the last entry ever added to the stream at `key` (STREAM_START when there is no stream). */
export async function streamPosition(client: RedisClient, key: string): Promise<string> {
  try {
    return parseXinfo(await client.sendCommand(['XINFO', 'STREAM', key])).lastGeneratedId;
  } catch (err) {
    if (isNoSuchKey(err)) return STREAM_START;
    throw err;
  }
}

/**
 * Whether entries after `cursor` may have been trimmed from the stream at `key` (or the stream
 * deleted) before a reader got them. Trimming removes the oldest entries first, so while the
 * cursor's own entry is still there nothing after it is gone; when it is gone the reader may have
 * missed some and must reload (when it missed none, the reload is merely redundant). A reader that
 * started before the stream existed (STREAM_START) missed some exactly when entries were trimmed.
 */
export async function trimmedPast(client: RedisClient, key: string, cursor: string): Promise<boolean> {
  if (cursor === STREAM_START) {
    try {
      const info = parseXinfo(await client.sendCommand(['XINFO', 'STREAM', key]));
      return info.entriesAdded > info.length;
    } catch (err) {
      if (isNoSuchKey(err)) return false;
      throw err;
    }
  }
  const found = await client.sendCommand(['XRANGE', key, cursor, cursor]);
  return !Array.isArray(found) || found.length === 0;
}
