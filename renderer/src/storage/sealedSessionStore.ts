import { boundSession, readSession } from '../../../shared/sealedSync/sealedSession.ts';
import type { SealedSession } from '../../../shared/sealedSync/sealedSession.ts';

/** The key of the session in the document's own IndexedDB database (y-indexeddb's `custom` store). */
const KEY = 'sealed-session';
const STORE = 'custom';

/** Where a private document's (or index's) sealed session is kept: beside the document, deleted with it. */
export interface SessionStore {
  /** The session kept for this relay and room, validated; null (said in the log) when none can be used. */
  load(): Promise<SealedSession | null>;
  /** Keeps `session` within its bound (what is left out is said in the log). */
  save(session: SealedSession): Promise<void>;
}

/**
 * The session of `room` on `relay`, kept in the IndexedDB database `dbName` that holds the
 * document (docs/private-workspaces.md, “The session state”). The database must exist (the
 * document was loaded): this never creates one, which would keep y-indexeddb from making its stores.
 */
export function sealedSessionStore(dbName: string, relay: string, room: string): SessionStore {
  return {
    async load() {
      const kept = await withStore(dbName, 'readonly', (store) => store.get(KEY));
      if (kept === undefined || kept === null) return null;
      const value = kept as { relay?: unknown; session?: unknown };
      if (value.relay !== relay) {
        console.warn(`${room}: the saved session is another relay's; reading this relay's log from the start`);
        return null;
      }
      const read = readSession(value.session, room);
      if (read.ok) return read.session;
      console.warn(`${room}: the saved session is ${read.reason}; starting clean (the document itself is kept)`);
      return null;
    },
    async save(session) {
      const { session: bounded, left } = boundSession(session);
      if (left.length > 0) console.warn(`${room}: session over its size limit, not kept: ${left.join(', ')}`);
      await withStore(dbName, 'readwrite', (store) => store.put({ relay, session: bounded }, KEY));
    },
  };
}

/** Runs one request on the `custom` store of `dbName`; resolves with its result once the transaction completed. */
function withStore(
  dbName: string,
  mode: IDBTransactionMode,
  request: (store: IDBObjectStore) => IDBRequest,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    // No such database: do not create it (y-indexeddb makes it, with its stores, when the document opens).
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => reject(open.error ?? new Error(`cannot open ${dbName}`));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(STORE)) {
        db.close();
        return reject(new Error(`${dbName} has no ${STORE} store`));
      }
      const tx = db.transaction([STORE], mode);
      const req = request(tx.objectStore(STORE));
      tx.oncomplete = () => {
        db.close();
        resolve(req.result);
      };
      tx.onerror = tx.onabort = () => {
        db.close();
        reject(tx.error ?? new Error(`cannot use ${dbName}`));
      };
    };
  });
}
