// Child process of the cold-load scenario: compacts one room of a relay data folder with the store's
// own compaction and prints {"ms": ...}. Run in its own process so a slow compaction can be stopped.
import { openDatabase } from '../../server/storage/sqliteDatabase.ts';
import { SqliteUpdateStore } from '../../server/storage/sqliteUpdateStore.ts';

const [dir, room] = process.argv.slice(2);
if (!dir || !room) throw new Error('usage: compactChild.ts DATA_DIR ROOM');
const store = new SqliteUpdateStore(openDatabase(dir));
const before = await store.load(room);
const start = performance.now();
const after = await store.compact(room);
const ms = performance.now() - start;
await store.close();
console.log(
  JSON.stringify({
    ms,
    rowsBefore: before.rows,
    bytesBefore: before.bytes,
    rowsAfter: after.rows,
    bytesAfter: after.bytes,
  }),
);
