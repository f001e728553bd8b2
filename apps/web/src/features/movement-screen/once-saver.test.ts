import type { ApiError } from "@hipcheck/contracts";
import { err, ok } from "@hipcheck/core";
import type { Result } from "@hipcheck/core";
import { describe, expect, it } from "vitest";
import { OnceSaver } from "./once-saver.js";

type Screen = { readonly test: string };
type Answer = Result<{ readonly screenId: string }, ApiError>;

const offline: ApiError = { kind: "internal", message: "Could not reach the HipCheck server.", status: 0 };

/** A fake server: each save waits until the test answers it, and every screen it was sent is counted. */
function fakeServer() {
  const received: { screen: Screen; id: string; answer: (result: Answer) => void }[] = [];
  let ids = 0;
  const saver = new OnceSaver<Screen, Answer>(
    (screen, id) =>
      new Promise<Answer>((resolve) => {
        received.push({ screen, id, answer: resolve });
      }),
    () => `screen-${String((ids += 1))}`,
  );
  const answer = (index: number, result: Answer) => {
    const call = received[index];
    if (call === undefined) throw new Error(`no save ${String(index)}`);
    call.answer(result);
  };
  return { saver, received, answer };
}

describe("saving a movement screen once", () => {
  it("sends a double tap once: the second tap, while the first is on its way, sends nothing", async () => {
    const server = fakeServer();
    const squat = { test: "single-leg-squat" };
    const first = server.saver.save(squat);
    const second = server.saver.save(squat);
    expect(server.saver.sending).toBe(true);
    server.answer(0, ok({ screenId: "s1" }));
    expect(await first).toEqual(ok({ screenId: "s1" }));
    expect(await second).toBeNull();
    expect(server.received).toHaveLength(1);
    expect(server.saver.sending).toBe(false);
  });

  it("never sends a screen the server has taken again, but sends a new recording", async () => {
    const server = fakeServer();
    const squat = { test: "single-leg-squat" };
    const saved = server.saver.save(squat);
    server.answer(0, ok({ screenId: "s1" }));
    await saved;
    expect(server.saver.hasSaved(squat)).toBe(true);
    expect(await server.saver.save(squat)).toBeNull();

    const next = { test: "single-leg-squat" };
    const again = server.saver.save(next);
    expect(server.received.map((call) => call.screen)).toEqual([squat, next]);
    server.answer(1, ok({ screenId: "s2" }));
    expect(await again).toEqual(ok({ screenId: "s2" }));
  });

  it("lets a refused save be tried again, and says the server refused it", async () => {
    const server = fakeServer();
    const squat = { test: "single-leg-squat" };
    const refused = server.saver.save(squat);
    server.answer(0, err(offline));
    expect(await refused).toEqual(err(offline));
    expect(server.saver.hasSaved(squat)).toBe(false);

    const retried = server.saver.save(squat);
    server.answer(1, ok({ screenId: "s1" }));
    expect(await retried).toEqual(ok({ screenId: "s1" }));
    expect(server.received).toHaveLength(2);
  });

  it("sends a save retried after a lost answer under the same id, and a new recording under a new one", async () => {
    const server = fakeServer();
    const squat = { test: "single-leg-squat" };
    const lost = server.saver.save(squat);
    server.answer(0, err(offline));
    await lost;
    const retried = server.saver.save(squat);
    server.answer(1, ok({ screenId: "screen-1" }));
    await retried;
    const next = server.saver.save({ test: "single-leg-squat" });
    server.answer(2, ok({ screenId: "screen-2" }));
    await next;
    expect(server.received.map((call) => call.id)).toEqual(["screen-1", "screen-1", "screen-2"]);
  });
});
