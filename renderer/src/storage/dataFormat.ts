/**
 * Version of what this app keeps in the browser's stores (IndexedDB databases, localStorage keys).
 * Raise it when a change would be misread by an older app, and migrate older data in
 * `claimDataFormat`. Format 1: the stores as of the first offline-capable web app.
 */
export const DATA_FORMAT = 1;

/** Where the format of this profile's data is recorded. */
export const DATA_FORMAT_KEY = 'concord.dataFormat';

/** Whether this app may open the profile's data: no, when a newer app has written it. */
export type DataFormatCheck = { ok: true } | { ok: false; found: number };

function stored(storage: Storage): number | null {
  const raw = storage.getItem(DATA_FORMAT_KEY);
  const found = raw === null ? NaN : Number(raw);
  return Number.isSafeInteger(found) && found > 0 ? found : null;
}

/**
 * Checks the recorded format before anything is opened. Data from this format or an older one
 * (or from before formats were recorded) is ours: the record is set to this format. Data from a
 * newer one is left untouched, and the app must not open it: an old shell (one a service worker
 * still serves, or a tab left open) would misread what a newer one wrote.
 */
export function claimDataFormat(storage: Storage = localStorage): DataFormatCheck {
  const found = stored(storage);
  if (found !== null && found > DATA_FORMAT) return { ok: false, found };
  if (found !== DATA_FORMAT) storage.setItem(DATA_FORMAT_KEY, String(DATA_FORMAT));
  return { ok: true };
}

/** Calls `onNewer` when a newer app in another tab records a newer format; returns the function that stops. */
export function watchDataFormat(onNewer: (found: number) => void, storage: Storage = localStorage): () => void {
  const listener = (event: StorageEvent) => {
    if (event.storageArea !== storage || (event.key !== DATA_FORMAT_KEY && event.key !== null)) return;
    const found = stored(storage);
    if (found !== null && found > DATA_FORMAT) onNewer(found);
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
