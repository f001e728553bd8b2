import { describe, expect, it } from "vitest";
import { describeOnBothDialects } from "./testing/test-databases.js";
import { dana, T0 } from "./testing/records.js";

const MINUTE_MS = 60_000;
const START_MS = Date.parse("2026-12-04T16:00:00.000Z");

describeOnBothDialects("attempt counters", (openFresh) => {
  describe("a fixed window (a rate limit)", () => {
    it("counts up within the window and starts again at 1 once it has ended", async () => {
      const { attempts } = await openFresh();
      const window = { windowMs: MINUTE_MS, kind: "fixed" } as const;
      const counts: number[] = [];
      for (let n = 0; n < 3; n += 1) {
        counts.push((await attempts.add("rate:sign-in:198.51.100.9", START_MS + n * 1_000, window)).count);
      }
      expect(counts).toEqual([1, 2, 3]);
      const third = await attempts.read("rate:sign-in:198.51.100.9", START_MS + 2_000);
      expect(third).toEqual({
        count: 3,
        firstMs: START_MS,
        lastMs: START_MS + 2_000,
        expiresAtMs: START_MS + MINUTE_MS,
      });
      expect(await attempts.read("rate:sign-in:198.51.100.9", START_MS + MINUTE_MS)).toBeUndefined();
      const again = await attempts.add("rate:sign-in:198.51.100.9", START_MS + MINUTE_MS, window);
      expect(again).toEqual({
        count: 1,
        firstMs: START_MS + MINUTE_MS,
        lastMs: START_MS + MINUTE_MS,
        expiresAtMs: START_MS + 2 * MINUTE_MS,
      });
    });

    it("keeps keys apart", async () => {
      const { attempts } = await openFresh();
      const window = { windowMs: MINUTE_MS, kind: "fixed" } as const;
      await attempts.add("a", START_MS, window);
      await attempts.add("a", START_MS, window);
      expect((await attempts.add("b", START_MS, window)).count).toBe(1);
    });
  });

  it("a sliding window ends a quiet spell after the last attempt", async () => {
    const { attempts } = await openFresh();
    const window = { windowMs: MINUTE_MS, kind: "sliding" } as const;
    await attempts.add("sign-in:dana", START_MS, window);
    const second = await attempts.add("sign-in:dana", START_MS + 50_000, window);
    expect(second).toMatchObject({ count: 2, expiresAtMs: START_MS + 50_000 + MINUTE_MS });
    expect(await attempts.read("sign-in:dana", START_MS + 100_000)).toMatchObject({ count: 2 });
    await attempts.forget("sign-in:dana");
    expect(await attempts.read("sign-in:dana", START_MS + 100_000)).toBeUndefined();
  });

  it("counts every one of many attempts made at once on one key", async () => {
    const { attempts } = await openFresh();
    const window = { windowMs: MINUTE_MS, kind: "fixed" } as const;
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => attempts.add("rate:sign-in:203.0.113.5", START_MS, window)),
    );
    expect(answers.map((answer) => answer.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, index) => index + 1),
    );
  });

  it("the sweep deletes ended counts and ended sign-ins, and keeps the live ones", async () => {
    const storage = await openFresh();
    const { attempts, repositories } = storage;
    await attempts.add("old", START_MS, { windowMs: 1_000, kind: "fixed" });
    await attempts.add("live", START_MS, { windowMs: MINUTE_MS, kind: "fixed" });
    await repositories.accounts.insert(dana);
    await repositories.authSessions.insert({
      tokenHash: "ended",
      accountId: "dana",
      createdAt: T0,
      expiresAt: new Date(START_MS - 1).toISOString(),
    });
    await repositories.authSessions.insert({
      tokenHash: "live",
      accountId: "dana",
      createdAt: T0,
      expiresAt: new Date(START_MS + MINUTE_MS).toISOString(),
    });
    expect(await attempts.sweep(START_MS + 1_000)).toBe(2);
    expect(await attempts.read("live", START_MS + 1_000)).toMatchObject({ count: 1 });
    expect(await repositories.authSessions.findByTokenHash("live")).toBeDefined();
    expect(await repositories.authSessions.findByTokenHash("ended")).toBeUndefined();
  });
});
