/** What a live region reads out: at once and interrupting (`assertive`), or when the reader is idle (`polite`). */
export type Politeness = 'polite' | 'assertive';

export interface AnnounceOptions {
  /** Errors and refusals interrupt; everything else waits its turn. */
  assertive?: boolean;
  /**
   * Messages about one thing ("sync", "review counts"): a newer one replaces one still waiting, and
   * one that says the same as the last one read for this key is not read again. An empty text
   * withdraws what is still waiting for the key (a step that is already over).
   */
  key?: string;
}

export interface Announcer {
  announce(text: string, options?: AnnounceOptions): void;
  dispose(): void;
}

/** Polite messages are read once nothing new has arrived for this long, so a burst is read once. */
export const QUIET_MS = 500;
/** …but never later than this after the first of a burst. */
const MAX_WAIT_MS = 2000;
/** Appended to repeat a text the region already holds: screen readers read only changes. */
const REPEAT_MARK = '\u00a0';

/**
 * Reads messages out through two live regions (polite, assertive) that exist for the app's whole
 * life. Assertive messages are written at once; polite ones are gathered and written together after
 * a quiet moment, so a screen reader hears the result of a burst of changes, not each of them.
 */
export function createAnnouncer(regions: Record<Politeness, HTMLElement>): Announcer {
  const waiting = new Map<string, string>();
  const lastRead = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstWaiting = 0;
  let unkeyed = 0;

  const write = (region: HTMLElement, text: string) => {
    region.textContent = region.textContent === text ? text + REPEAT_MARK : text;
  };
  const flush = () => {
    timer = undefined;
    if (waiting.size === 0) return;
    write(regions.polite, [...waiting.values()].join(' '));
    waiting.clear();
  };

  return {
    announce(text, { assertive = false, key } = {}) {
      if (key !== undefined) {
        if (text === '') {
          waiting.delete(key);
          lastRead.delete(key);
          return;
        }
        if (lastRead.get(key) === text) {
          waiting.delete(key);
          return;
        }
        lastRead.set(key, text);
      }
      if (assertive) {
        write(regions.assertive, text);
        return;
      }
      if (waiting.size === 0) firstWaiting = Date.now();
      waiting.set(key ?? `#${unkeyed++}`, text);
      clearTimeout(timer);
      const wait = Math.max(0, Math.min(QUIET_MS, firstWaiting + MAX_WAIT_MS - Date.now()));
      timer = setTimeout(flush, wait);
    },
    dispose() {
      clearTimeout(timer);
      waiting.clear();
    },
  };
}

let current: Announcer | null = null;

/** Connects the app's live regions (`LiveRegions.tsx`, mounted once); returns how to disconnect them. */
export function connectAnnouncer(announcer: Announcer): () => void {
  current = announcer;
  return () => {
    announcer.dispose();
    if (current === announcer) current = null;
  };
}

/** Reads a message out to screen readers through the app's live regions (see `createAnnouncer`). */
export function announce(text: string, options?: AnnounceOptions): void {
  current?.announce(text, options);
}
