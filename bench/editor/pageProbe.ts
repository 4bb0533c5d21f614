// Instruments a page for the editor scenario, from the outside (an init script; the app is not
// changed). All times are performance.now() of the page.
//
// - Local keystroke: keydown (capture) -> the next animation frame -> a task queued from that frame,
//   which runs once the frame has been painted.
// - Remote keystroke: the app's y-websocket receives every relay message through
//   WebSocket#onmessage; the probe wraps that handler to time a sync update from the moment the
//   page gets it, through Y.applyUpdate and the editor binding (synchronous), to the next painted frame.
// - Opening: a `change` event on a file input (the file chosen) or a probe-made click starts the clock;
//   the editor counts as editable once it is contenteditable and holds every top-level block.

/** One timed event: start, end of the synchronous work, next frame, after its paint. */
export interface ProbeSample {
  t0: number;
  work: number;
  frame: number;
  paint: number;
  bytes: number;
  /** Nodes visited from the start to the paint (bench/editor/visitCounter.ts), once the counter is installed. */
  visits: number;
}

/** What the probe keeps on `window.__bench`. */
export interface BenchProbe {
  keys: ProbeSample[];
  updates: ProbeSample[];
  presence: ProbeSample[];
  /** Set to record remote messages (off while the document is first synced). */
  recordRemote: boolean;
  openedAt: number;
  editableAt: Promise<number> | null;
  watchEditable(blocks: number, timeoutMs?: number): void;
  lastTransaction: number;
  /** Running count of nodes visited (bench/editor/visitCounter.ts); 0 until it is installed. */
  visits: number;
  /**
   * Resolves once the n-th recorded sync update has been painted. Event-driven: waiting with
   * `waitForFunction({ polling: 'raf' })` drew frames of its own, and a frame drawn just before an
   * update arrived held that update's frame back until the next one was due (up to 16.7 ms).
   */
  whenUpdatePainted(n: number, timeoutMs?: number): Promise<void>;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

/** The init script (runs in the page before the app; must be self-contained). */
export function installProbe(): void {
  const paintWaiters = new Set<() => void>();
  const probe: BenchProbe = {
    keys: [],
    updates: [],
    presence: [],
    recordRemote: false,
    openedAt: Number.NaN,
    editableAt: null,
    lastTransaction: Number.NaN,
    visits: 0,
    whenUpdatePainted(n: number, timeoutMs = 60_000) {
      const painted = () => probe.updates.length >= n && !Number.isNaN(probe.updates[n - 1]!.paint);
      return new Promise<void>((resolve, reject) => {
        if (painted()) return resolve();
        const check = () => {
          if (!painted()) return;
          paintWaiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          paintWaiters.delete(check);
          reject(new Error(`sync update ${n} not painted after ${timeoutMs} ms (${probe.updates.length} received)`));
        }, timeoutMs);
        paintWaiters.add(check);
      });
    },
    watchEditable(blocks: number, timeoutMs = 300_000) {
      probe.editableAt = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => {
          observer.disconnect();
          const el = document.querySelector('.ProseMirror');
          reject(
            new Error(
              `editor not editable with ${blocks} blocks after ${timeoutMs} ms (contenteditable=${el?.getAttribute('contenteditable')}, ${el?.childElementCount} blocks)`,
            ),
          );
        }, timeoutMs);
        const check = (): boolean => {
          const el = document.querySelector('.ProseMirror[contenteditable="true"]');
          if (!el || el.childElementCount < blocks) return false;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now());
            channel.port2.postMessage(0);
          });
          return true;
        };
        const observer = new MutationObserver(() => void check());
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['contenteditable'],
        });
        check();
      });
    },
  };
  // `ready` says whether the change has happened yet; until it has, wait for the following frame.
  const afterPaint = (sample: ProbeSample, ready: () => boolean = () => true, tries = 20): void => {
    requestAnimationFrame(() => {
      if (!ready() && tries > 0) return afterPaint(sample, ready, tries - 1);
      sample.frame = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        sample.paint = performance.now();
        sample.visits += probe.visits;
        paintWaiters.forEach((check) => check());
      };
      channel.port2.postMessage(0);
    });
  };
  window.__bench = probe;
  document.addEventListener(
    'change',
    (e) => {
      if (e.target instanceof HTMLInputElement && e.target.type === 'file') probe.openedAt = performance.now();
    },
    true,
  );
  document.addEventListener(
    'keydown',
    () => {
      const sample: ProbeSample = {
        t0: performance.now(),
        work: Number.NaN,
        frame: Number.NaN,
        paint: Number.NaN,
        bytes: 0,
        visits: -probe.visits,
      };
      probe.keys.push(sample);
      // The key's transaction follows keydown (input event, DOM observer); the editor's transaction
      // hook stamps `lastTransaction` once the view has updated its DOM.
      const done = () => probe.lastTransaction >= sample.t0;
      afterPaint(sample, () => {
        if (done()) sample.work = probe.lastTransaction - sample.t0;
        return done();
      });
    },
    true,
  );
  const Native = window.WebSocket;
  const onmessage = Object.getOwnPropertyDescriptor(Native.prototype, 'onmessage')!;
  class ProbedWebSocket extends Native {
    override set onmessage(handler: ((this: WebSocket, ev: MessageEvent) => unknown) | null) {
      const wrapped =
        handler &&
        ((event: MessageEvent) => {
          const bytes = event.data instanceof ArrayBuffer ? new Uint8Array(event.data) : null;
          const t0 = performance.now();
          const visits = probe.visits;
          handler.call(this, event);
          const work = performance.now() - t0;
          if (!probe.recordRemote || !bytes) return;
          // y-websocket frames: type 0 = sync (sub-type 2 = update), type 1 = awareness.
          const list = bytes[0] === 0 && bytes[1] === 2 ? probe.updates : bytes[0] === 1 ? probe.presence : null;
          if (!list) return;
          const sample: ProbeSample = {
            t0,
            work,
            frame: Number.NaN,
            paint: Number.NaN,
            bytes: bytes.length,
            visits: -visits,
          };
          list.push(sample);
          afterPaint(sample);
        });
      onmessage.set!.call(this, wrapped);
    }
    override get onmessage(): ((this: WebSocket, ev: MessageEvent) => unknown) | null {
      return onmessage.get!.call(this);
    }
  }
  window.WebSocket = ProbedWebSocket;
}
