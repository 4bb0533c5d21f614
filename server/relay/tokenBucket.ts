/**
 * A token bucket: `ratePerSecond` on average, bursts up to `burst`. A take may overdraw the bucket
 * (one large message when any token is left); the next take then waits until it is back above zero.
 * Every method reads the clock unless given the time (`at`, from the same clock): a caller checking
 * several buckets for one message reads it once.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Spends `cost` tokens; false (spending nothing) when the bucket is empty. */
  take(cost = 1, at = this.now()): boolean {
    if (!this.available(at)) return false;
    this.tokens -= cost;
    return true;
  }

  /** Spends `cost` tokens even when that overdraws the bucket (work already done on the sender's behalf). */
  spend(cost: number, at = this.now()): void {
    this.refill(at);
    this.tokens -= cost;
  }

  /** Whether a take would succeed now. */
  available(at = this.now()): boolean {
    this.refill(at);
    return this.tokens > 0;
  }

  /** How full the bucket is, from 1 (a whole burst available) down (negative when overdrawn). */
  level(at = this.now()): number {
    this.refill(at);
    return this.tokens / this.burst;
  }

  /** Milliseconds until a take can succeed (0 when it can now). */
  waitMs(at = this.now()): number {
    this.refill(at);
    return this.tokens > 0 ? 0 : Math.ceil(((1e-6 - this.tokens) / this.ratePerSecond) * 1000);
  }

  private refill(t: number): void {
    if (t <= this.last) return;
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.ratePerSecond);
    this.last = t;
  }
}
