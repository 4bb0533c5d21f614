/** Bytes held at once by requests in flight, against a fixed budget: what the blob route may have in memory. */
export class ByteBudget {
  private used = 0;

  constructor(private readonly limit: number) {}

  /** Takes `bytes` when they fit (a single request larger than the whole budget never does). */
  tryTake(bytes: number): boolean {
    if (this.used + bytes > this.limit) return false;
    this.used += bytes;
    return true;
  }

  release(bytes: number): void {
    this.used = Math.max(0, this.used - bytes);
  }

  get inUse(): number {
    return this.used;
  }
}
