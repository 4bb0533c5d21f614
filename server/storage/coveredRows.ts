import * as decoding from 'lib0/decoding';

/**
 * Which rows of a sealed room a snapshot covering record numbers up to `coversSeq` replaces: every
 * row numbered at or below it (records and older snapshots). A sealed room's rows begin with their
 * number as a varuint (server/relay/sealed/storedRecord.ts); a row that does not is kept.
 */
export function coveredRows<T extends { data: Uint8Array }>(rows: readonly T[], coversSeq: number): T[] {
  return rows.filter((row) => {
    try {
      return decoding.readVarUint(decoding.createDecoder(row.data)) <= coversSeq;
    } catch {
      return false;
    }
  });
}
