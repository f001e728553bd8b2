import { describe, expect, it } from "vitest";
import { actionableOf, isStrayRepeatPress } from "./double-click-guard.js";

describe("the second press of a double click", () => {
  const finish = { name: "Finish" };
  const progressLink = { name: "Progress" };

  it("is dropped when it lands on another link or button than the first press", () => {
    expect(isStrayRepeatPress(2, finish, progressLink)).toBe(true);
    expect(isStrayRepeatPress(3, finish, progressLink)).toBe(true);
    // The first press acted on nothing (text, an empty spot) and a link appeared under the finger.
    expect(isStrayRepeatPress(2, null, progressLink)).toBe(true);
  });

  it("goes through on the same button, on nothing, and whenever it is a first press", () => {
    expect(isStrayRepeatPress(2, finish, finish)).toBe(false);
    expect(isStrayRepeatPress(2, finish, null)).toBe(false);
    expect(isStrayRepeatPress(1, finish, progressLink)).toBe(false);
    // Keyboard and synthetic clicks carry 0.
    expect(isStrayRepeatPress(0, finish, progressLink)).toBe(false);
  });

  it("finds nothing to act on outside a page", () => {
    expect(actionableOf(null)).toBeNull();
    expect(actionableOf({} as EventTarget)).toBeNull();
  });
});
