import { describe, expect, it } from "vitest";
import { heldByOtherTabs } from "./session-tab-locks.js";

describe("the sessions other tabs hold open (decision 0891)", () => {
  const tuesday = "hipcheck.session-in-progress:account-amira:program-amira:w1-s1";
  const saturday = "hipcheck.session-in-progress:account-amira:program-amira:w1-s2";

  it("names the sessions Amira's other tabs show, not the one this tab has just left", () => {
    const held: LockInfo[] = [
      { name: tuesday, mode: "shared", clientId: "tab-1" },
      { name: saturday, mode: "shared", clientId: "tab-2" },
      { name: saturday, mode: "shared", clientId: "tab-3" },
    ];
    expect([...heldByOtherTabs(held, "tab-2")]).toEqual([tuesday, saturday]);
    expect([...heldByOtherTabs(held, "tab-1")]).toEqual([saturday]);
  });
});
