import type { AttemptCounters } from "@hipcheck/storage";

/**
 * Slows password guessing against one account without ever locking its owner out. Failures are counted per
 * account *and* address: after `freeFailures` wrong passwords from one address for one account, that address must
 * wait before its next try for that account, twice as long after each further failure (up to `maxWaitMs`). The
 * owner signing in from anywhere else is not affected, and a right password clears the count. The per-address
 * limit (`@fastify/rate-limit`) still stops one address from spraying many accounts (OWASP Authentication Cheat
 * Sheet, "Account lockout": throttle, do not lock; NIST SP 800-63B §5.2.2: at most 100 consecutive failures).
 *
 * The counts live in the database, so every server on it counts together and a restart forgets nothing
 * (docs/decisions/0222-sign-in-guessing.md, docs/decisions/0290-shared-limits.md).
 */
export type ThrottlePolicy = {
  readonly freeFailures: number;
  readonly firstWaitMs: number;
  readonly maxWaitMs: number;
  /** A pair with no failure for this long is forgotten. */
  readonly forgetAfterMs: number;
};

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  freeFailures: 5,
  firstWaitMs: 1_000,
  maxWaitMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

export class SignInThrottle {
  constructor(
    private readonly counters: AttemptCounters,
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
    private readonly nowMs: () => number = Date.now,
  ) {}

  /** Unambiguous whatever the email holds, and free of NUL (which PostgreSQL text refuses). */
  private keyOf(email: string, address: string): string {
    return `sign-in:${JSON.stringify([email.trim().toLowerCase(), address])}`;
  }

  /** Milliseconds this address must still wait before trying this account again; 0 when it may try now. */
  async waitMsFor(email: string, address: string): Promise<number> {
    const now = this.nowMs();
    const count = await this.counters.read(this.keyOf(email, address), now);
    if (count === undefined) return 0;
    const beyond = count.count - this.policy.freeFailures;
    if (beyond < 0) return 0;
    const waitMs = Math.min(this.policy.maxWaitMs, this.policy.firstWaitMs * 2 ** Math.min(beyond, 30));
    return Math.max(0, waitMs - (now - count.lastMs));
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await this.counters.add(this.keyOf(email, address), this.nowMs(), {
      windowMs: this.policy.forgetAfterMs,
      kind: "sliding",
    });
  }

  async recordSuccess(email: string, address: string): Promise<void> {
    await this.counters.forget(this.keyOf(email, address));
  }
}
