import type { Transaction } from '@tiptap/pm/state';

/**
 * The one debounce policy of views derived from the text (counts, lists, highlights, the library
 * entry). While someone types or a collaborator's changes stream in, a view re-reads once the text
 * has been quiet for SETTLE_MS, and at least every MAX_WAIT_MS while it keeps changing. The user's
 * own actions (a button in a panel, a dialog) show at once, so nothing moves a moment later under
 * the pointer. And no view re-renders while a pointer button is pressed: a click in progress never
 * has its target moved between press and release (which loses the click). Other changes that come
 * by themselves and move the layout (a notice going away) wait for the release too (`whenReleased`).
 */
export const SETTLE_MS = 250;
export const MAX_WAIT_MS = 1000;

const SETTLE_NOW = 'concord:settleNow';

/** Marks a transaction as the user's own action: views derived from the text show it at once. */
export function settleNow(tr: Transaction): Transaction {
  return tr.setMeta(SETTLE_NOW, true);
}

/** Whether a transaction was marked with `settleNow`. */
export function isSettleNow(tr: Transaction | undefined): boolean {
  return tr?.getMeta(SETTLE_NOW) === true;
}

/**
 * Runs a re-read after changes, following the policy above. A change only notes its time: the one
 * timer, when it fires, waits again for what is left of the pause, so a keystroke (each of the
 * views' settlers hears every transaction) never clears and sets a timer.
 */
export class Settler {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstChange = 0;
  private lastChange = 0;
  private held = false;

  constructor(private readonly run: () => void) {}

  /** Notes a change; `now` for the user's own action. */
  changed(now = false): void {
    if (now) return this.flush();
    this.lastChange = Date.now();
    if (this.timer !== null || this.held) return;
    this.firstChange = this.lastChange;
    this.timer = setTimeout(this.check, SETTLE_MS);
  }

  /** Re-reads now if a change is waiting (the page is being hidden, the view closed). */
  flushPending(): void {
    if (this.timer !== null || this.held) this.flush();
  }

  /** Forgets any waiting change. */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.held = false;
    pressWaiters.delete(this);
  }

  /** The timer: runs once the text has been quiet for SETTLE_MS or has kept changing for MAX_WAIT_MS. */
  private readonly check = (): void => {
    this.timer = null;
    const wait = Math.min(this.lastChange + SETTLE_MS, this.firstChange + MAX_WAIT_MS) - Date.now();
    if (wait > 0) this.timer = setTimeout(this.check, wait);
    else this.due();
  };

  private due(): void {
    if (!pressed) return this.flush();
    this.held = true;
    pressWaiters.add(this);
  }

  private flush(): void {
    this.cancel();
    this.run();
  }

  /** Called once the pointer is released. */
  release(): void {
    if (this.held) this.flush();
  }
}

let pressed = false;
const pressWaiters = new Set<Settler>();
const releaseWaiters = new Set<() => void>();

/**
 * Runs `run` now, or, while a pointer button is pressed, once it is released, so a change that comes
 * by itself never moves a click's target between press and release. Returns the function that
 * cancels a run still waiting.
 */
export function whenReleased(run: () => void): () => void {
  if (!pressed) {
    run();
    return () => undefined;
  }
  const once = () => run();
  releaseWaiters.add(once);
  return () => void releaseWaiters.delete(once);
}

// Whether a pointer button is down anywhere in the window; views wait for its release.
window.addEventListener('pointerdown', () => void (pressed = true), true);
for (const type of ['pointerup', 'pointercancel']) {
  window.addEventListener(
    type,
    () => {
      pressed = false;
      // After the whole release (pointerup, mouseup, click) has been dispatched, never between them.
      setTimeout(() => {
        [...pressWaiters].forEach((s) => !pressed && s.release());
        if (pressed) return;
        const waiting = [...releaseWaiters];
        releaseWaiters.clear();
        waiting.forEach((run) => run());
      }, 0);
    },
    true,
  );
}
