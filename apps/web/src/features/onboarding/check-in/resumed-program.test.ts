import "fake-indexeddb/auto";
import { generateProgram } from "@hipcheck/core";
import type { Program, ProgramRevision } from "@hipcheck/core";
import type { FetchLike } from "@hipcheck/contracts";
import { personas } from "@hipcheck/core/testing";
import { describe, expect, it } from "vitest";
import { createApiCall } from "../../../api/api-client.js";
import { loadProgram, openLocalStore, saveProgram } from "../../../offline/local-store.js";
import { resumedProgram } from "./resumed-program.js";

let dbCounter = 0;
const freshStore = () => openLocalStore(`resumed-${String(dbCounter++)}`);

function danaProgram(): Program {
  const result = generateProgram(personas.runnerPfp, { startDate: "2026-12-01", id: "program-dana" });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const PAUSED_AT = "2026-12-09T07:00:00.000Z";
const program = danaProgram();
const paused: Program = { ...program, rescreen: { pausedOn: "2026-12-09", pausedAt: PAUSED_AT } };
const resumed: Program = {
  ...program,
  rescreen: { pausedOn: "2026-12-09", pausedAt: PAUSED_AT, resumedOn: "2026-12-10" },
};
const RESUMING: ProgramRevision = {
  revision: 2,
  changedAt: "2026-12-10T08:00:00.000Z",
  changedBy: "rules",
  reason: {
    en: "Exercises resume at a smaller dose.",
    fr: "Les exercices reprennent à une dose plus petite.",
  },
  changes: [],
};

/** Dana's program as the server holds it now, answered to the two reads the web app makes. */
function serverHolding(current: Program) {
  const reads: string[] = [];
  const view = {
    programId: "program-dana",
    ownerId: "dana",
    program: current,
    createdAt: "2026-12-01T08:00:00.000Z",
    updatedAt: "2026-12-10T08:00:00.000Z",
  };
  const fetch: FetchLike = (url) => {
    reads.push(url);
    const body = url.includes("/api/programs/current")
      ? view
      : { ...view, history: [{ revision: RESUMING, changedByAccountId: null }] };
    return Promise.resolve({ status: 200, text: () => Promise.resolve(JSON.stringify(body)) });
  };
  return { call: createApiCall({ baseUrl: "", fetch }), reads };
}

describe("a clean check-in after a sharp rise in pain paused Dana's program", () => {
  it("goes on with the program the server resumed, as its answer says, and keeps it on the device", async () => {
    const store = await freshStore();
    await saveProgram(store, { programId: "program-dana", program: paused, revisions: [] });
    const server = serverHolding(resumed);
    expect(await resumedProgram(server.call, store, RESUMING)).toBe(true);
    expect((await loadProgram(store))?.program.rescreen?.resumedOn).toBe("2026-12-10");
  });

  it("sent again and answered with no revision (stored before the server kept it), goes on when the server's program is no longer paused", async () => {
    const store = await freshStore();
    await saveProgram(store, { programId: "program-dana", program: paused, revisions: [] });
    expect(await resumedProgram(serverHolding(resumed).call, store, null)).toBe(true);
  });

  it("asks for a new program when the server's program is still paused, or when none was paused here", async () => {
    const stillPaused = await freshStore();
    await saveProgram(stillPaused, { programId: "program-dana", program: paused, revisions: [] });
    expect(await resumedProgram(serverHolding(paused).call, stillPaused, null)).toBe(false);
    const running = await freshStore();
    await saveProgram(running, { programId: "program-dana", program, revisions: [] });
    const server = serverHolding(resumed);
    expect(await resumedProgram(server.call, running, null)).toBe(false);
    expect(server.reads).toEqual([]);
    expect(await resumedProgram(server.call, await freshStore(), null)).toBe(false);
  });
});
