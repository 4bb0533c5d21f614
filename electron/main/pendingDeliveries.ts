/**
 * Holds events (files, invite links) that arrive before the renderer listens, typically those given at
 * launch, and delivers them once it does. A reload pauses delivery until the new page listens again.
 */
export class PendingDeliveries<T> {
  #queue: T[] = [];
  #send: ((item: T) => void) | null = null;

  constructor(private readonly limit = 20) {}

  /** Delivers now when someone listens, otherwise queues (dropping the oldest past the limit). */
  push(item: T): void {
    if (this.#send) {
      this.#send(item);
      return;
    }
    this.#queue.push(item);
    if (this.#queue.length > this.limit) this.#queue.shift();
  }

  /** Starts delivering through `send`, first everything that waited. */
  listen(send: (item: T) => void): void {
    this.#send = send;
    const waiting = this.#queue;
    this.#queue = [];
    waiting.forEach(send);
  }

  /** Stops delivering (the page is going away); later items queue again. */
  pause(): void {
    this.#send = null;
  }

  /** How many items wait. */
  get size(): number {
    return this.#queue.length;
  }
}
