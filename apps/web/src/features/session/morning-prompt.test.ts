import { describe, expect, it } from "vitest";
import type { SessionLog } from "@hipcheck/core";
import { needsMorningCheckIn } from "./morning-prompt.js";

const tuesdayLog: SessionLog = {
  id: "log-1",
  programId: "p",
  plannedSessionId: "w1-s1",
  date: "2026-03-03",
  kind: "strength",
  entries: [],
  completed: true,
};

describe("the next-morning check-in prompt", () => {
  it("asks Amira on Wednesday morning how her knee is after Tuesday's session", () => {
    expect(needsMorningCheckIn([tuesdayLog], [], "2026-03-04")).toBe(true);
  });

  it("does not ask again once she has answered today", () => {
    expect(
      needsMorningCheckIn([tuesdayLog], [{ date: "2026-03-04", pain: 2, settled: true }], "2026-03-04"),
    ).toBe(false);
  });

  it("does not ask on the day of the session, nor before any session", () => {
    expect(needsMorningCheckIn([tuesdayLog], [], "2026-03-03")).toBe(false);
    expect(needsMorningCheckIn([], [], "2026-03-04")).toBe(false);
  });
});
