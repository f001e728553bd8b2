import "fake-indexeddb/auto";
import type { ApiError, RouteOutput } from "@hipcheck/contracts";
import { err, ok } from "@hipcheck/core";
import { describe, expect, it } from "vitest";
import { keptAnswer } from "./kept-answer.js";
import { keepMovementScreens, loadMovementScreens, openLocalStore } from "./local-store.js";
import type { LocalStore } from "./local-store.js";

type Screens = RouteOutput<"listMovementScreens">;

let dbCounter = 0;
const freshStore = () => openLocalStore(`kept-answer-test-${String(dbCounter++)}`);

const leasScreens: Screens = [
  {
    screenId: "screen-lea-1",
    ownerId: "lea",
    recordedAt: "2026-03-02T08:30:00.000Z",
    report: { test: "squat", status: "not-scorable" },
  },
];
const offline: ApiError = { kind: "internal", message: "Could not reach the HipCheck server", status: 0 };
const refused: ApiError = { kind: "forbidden", message: "Not your client", status: 403 };

const device = (store: LocalStore) => ({
  keep: (screens: Screens) => keepMovementScreens(store, screens),
  load: () => loadMovementScreens(store),
});

describe("one of the person's lists, read through the device's copy (decision 0890)", () => {
  it("keeps Lea's screens read online, and answers them offline", async () => {
    const store = await freshStore();
    expect(await keptAnswer(undefined, ok(leasScreens), device(store))).toEqual(ok(leasScreens));
    expect(await keptAnswer(undefined, err(offline), device(store))).toEqual(ok(leasScreens));
  });

  it("answers offline as before when nothing was kept, and a refusal as it is", async () => {
    const store = await freshStore();
    expect(await keptAnswer(undefined, err(offline), device(store))).toEqual(err(offline));
    await keepMovementScreens(store, leasScreens);
    expect(await keptAnswer(undefined, err(refused), device(store))).toEqual(err(refused));
  });

  it("keeps nothing of Lea's screens on her coach's phone, nor reads them from it offline", async () => {
    const coachPhone = await freshStore();
    expect(await keptAnswer("lea", ok(leasScreens), device(coachPhone))).toEqual(ok(leasScreens));
    expect(await loadMovementScreens(coachPhone)).toBeUndefined();
    await keepMovementScreens(coachPhone, []);
    expect(await keptAnswer("lea", err(offline), device(coachPhone))).toEqual(err(offline));
  });
});
