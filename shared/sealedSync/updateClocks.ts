import * as Y from 'yjs';

/**
 * The clock after the last struct of each client in `update` (Yjs's own
 * `encodeStateVectorFromUpdate` counts only clients whose structs start at clock 0, so an
 * incremental update would say nothing).
 */
export function updateClocks(update: Uint8Array): Map<number, number> {
  const clocks = new Map<number, number>();
  for (const struct of Y.decodeUpdate(update).structs) {
    const end = struct.id.clock + struct.length;
    if (end > (clocks.get(struct.id.client) ?? 0)) clocks.set(struct.id.client, end);
  }
  return clocks;
}
