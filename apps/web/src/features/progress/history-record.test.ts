import type { ApiError } from "@hipcheck/contracts";
import { err, ok, type DynamometerCheck, type PainEntry } from "@hipcheck/core";
import { describe, expect, it } from "vitest";
import type { LocalHistory } from "../../offline/local-store.js";
import { EMPTY_HISTORY, mergeHistory, serverRecordOf, type HistoryAnswers } from "./history-record.js";

const reading = (id: string, forceN: number): { id: string; check: DynamometerCheck } => ({
  id,
  check: {
    test: "hip-abduction-dynamometer",
    date: "2026-12-04",
    firstSide: "left",
    left: { forceN },
    right: { forceN: 180 },
    leverArmM: 0.45,
    bodyMassKg: 60,
    device: "MicroFET2",
    placement: "side-lying, above the lateral knee",
  },
});
const pain: PainEntry = { date: "2026-12-01", painNow: 3, painUsual: 4, painWorst: 6 };

/** What the server last answered for Noé, on Maya's page. */
const noeBefore: LocalHistory = {
  ...EMPTY_HISTORY,
  painEntries: [pain],
  strengthChecks: [reading("baseline", 190)],
};

const offline: ApiError = { kind: "internal", message: "Could not reach the HipCheck server", status: 0 };
const linkEnded: ApiError = { kind: "forbidden", message: "This client no longer shares", status: 403 };
const answeredAll = (error: ApiError): HistoryAnswers => ({
  logs: err(error),
  checkIns: err(error),
  painEntries: err(error),
  psfsEntries: err(error),
  strengthChecks: err(error),
});

describe("a client's record on a coach's phone", () => {
  it("keeps what the server last answered while there is no connection", () => {
    expect(serverRecordOf(answeredAll(offline), noeBefore)).toEqual(noeBefore);
  });

  it("shows nothing of a list the server refused (the client stopped sharing)", () => {
    expect(serverRecordOf(answeredAll(linkEnded), noeBefore)).toEqual(EMPTY_HISTORY);
  });

  it("takes each list the server did answer, and keeps the last answer of the others", () => {
    const answers: HistoryAnswers = {
      ...answeredAll(offline),
      strengthChecks: ok([reading("baseline", 190), reading("week-2", 215)]),
    };
    expect(serverRecordOf(answers, noeBefore)).toEqual({
      ...noeBefore,
      strengthChecks: [reading("baseline", 190), reading("week-2", 215)],
    });
  });

  it("adds the readings waiting on the device, and shows one the server has already once, as stored", () => {
    const waiting = { ...EMPTY_HISTORY, strengthChecks: [reading("week-2", 999), reading("week-4", 230)] };
    const server = { ...noeBefore, strengthChecks: [reading("baseline", 190), reading("week-2", 215)] };
    expect(mergeHistory(server, waiting).strengthChecks).toEqual([
      reading("baseline", 190),
      reading("week-2", 215),
      reading("week-4", 230),
    ]);
  });
});
