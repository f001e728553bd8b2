import "fake-indexeddb/auto";
import { generateProgram } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { describe, expect, it } from "vitest";
import {
  clearCheckInDraft,
  clearLocalStore,
  loadAnswers,
  loadCheckInDraft,
  loadProgram,
  openLocalStore,
  saveAnswers,
  saveCheckInDraft,
  saveProgram,
} from "./local-store.js";

let dbCounter = 0;
const freshStore = () => openLocalStore(`local-store-test-${String(dbCounter++)}`);

describe("the device's copy, read back", () => {
  it("returns Chloé's answers and program as saved", async () => {
    const store = await freshStore();
    const made = generateProgram(personas.runnerPfp, { startDate: "2026-03-02", id: "program-chloe" });
    if (!made.ok) throw new Error(made.error.message);
    await saveAnswers(store, personas.runnerPfp);
    await saveProgram(store, { programId: "program-chloe", program: made.value, revisions: [] });
    expect(await loadAnswers(store)).toEqual(personas.runnerPfp);
    expect((await loadProgram(store))?.program).toEqual(made.value);
  });

  it("ignores copies that no longer fit the schemas instead of trusting them", async () => {
    const store = await freshStore();
    await store.put("profile", { ...personas.runnerPfp, version: 0 }, "answers");
    await store.put(
      "profile",
      { programId: "program-old", program: { weeks: "six" }, revisions: [] },
      "program",
    );
    expect(await loadAnswers(store)).toBeUndefined();
    expect(await loadProgram(store)).toBeUndefined();
  });

  it("keeps the check-in draft until it is sent or the person signs out", async () => {
    const store = await freshStore();
    await saveCheckInDraft(store, { version: 1, draft: { ageYears: 41 } });
    expect(await loadCheckInDraft(store)).toEqual({ version: 1, draft: { ageYears: 41 } });
    await clearCheckInDraft(store);
    expect(await loadCheckInDraft(store)).toBeUndefined();
    await saveCheckInDraft(store, { version: 1, draft: { ageYears: 41 } });
    await clearLocalStore(store);
    expect(await loadCheckInDraft(store)).toBeUndefined();
  });
});
