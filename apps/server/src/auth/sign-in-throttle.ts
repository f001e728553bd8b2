/**
 * Slows password guessing against one account without ever locking its owner out. Failures are counted per
 * account *and* address: after `freeFailures` wrong passwords from one address for one account, that address must
 * wait before its next try for that account, twice as long after each further failure (up to `maxWaitMs`). The
 * owner signing in from anywhere else is not affected, and a right password clears the count. The per-address
 * limit (`@fastify/rate-limit`) still stops one address from spraying many accounts (OWASP Authentication Cheat
 * Sheet, "Account lockout": throttle, do not lock; NIST SP 800-63B §5.2.2: at most 100 consecutive failures).
 *
 * The counts live in this process's memory: a restart forgets them, and two servers keep their own
 * (docs/decisions/0222-sign-in-guessing.md).
 */
export type ThrottlePolicy = {
  readonly freeFailures: number;
  readonly firstWaitMs: number;
  readonly maxWaitMs: number;
  /** A pair with no failure for this long is forgotten. */
  readonly forgetAfterMs: number;
  /** The most pairs remembered at once; the oldest are forgotten first, so memory stays bounded. */
  readonly maxEntries: number;
};

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  freeFailures: 5,
  firstWaitMs: 1_000,
  maxWaitMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
  maxEntries: 100_000,
};

type Entry = { failures: number; lastFailureMs: number };

export class SignInThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
    private readonly nowMs: () => number = Date.now,
  ) {}

  private keyOf(email: string, address: string): string {
    return `${email.trim().toLowerCase()}\u0000${address}`;
  }

  /** Milliseconds this address must still wait before trying this account again; 0 when it may try now. */
  waitMsFor(email: string, address: string): number {
    const entry = this.entries.get(this.keyOf(email, address));
    if (entry === undefined) return 0;
    const sinceMs = this.nowMs() - entry.lastFailureMs;
    if (sinceMs >= this.policy.forgetAfterMs) return 0;
    const beyond = entry.failures - this.policy.freeFailures;
    if (beyond < 0) return 0;
    const waitMs = Math.min(this.policy.maxWaitMs, this.policy.firstWaitMs * 2 ** Math.min(beyond, 30));
    return Math.max(0, waitMs - sinceMs);
  }

  recordFailure(email: string, address: string): void {
    const key = this.keyOf(email, address);
    const now = this.nowMs();
    const previous = this.entries.get(key);
    const failures =
      previous === undefined || now - previous.lastFailureMs >= this.policy.forgetAfterMs
        ? 1
        : previous.failures + 1;
    // Re-inserted, so the map's order is oldest failure first.
    this.entries.delete(key);
    this.entries.set(key, { failures, lastFailureMs: now });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.policy.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  recordSuccess(email: string, address: string): void {
    this.entries.delete(this.keyOf(email, address));
  }
}
