import { describe, expect, it } from "vitest";
import { profileToSave } from "./profile-edit.js";
import type { Profile } from "./profile-edit.js";

/** Amira's profile as both of her tabs loaded it: French, running, a mini band, Monday and Friday. */
const loaded: Profile = {
  language: "fr",
  sports: ["running"],
  equipment: ["mini-band"],
  availableDays: ["mon", "fri"],
};

describe("saving the profile from a page loaded before another save", () => {
  it("keeps the day added in the other tab when this tab adds a sport", () => {
    const otherTab = { ...loaded, availableDays: ["mon", "fri", "tue"] } satisfies Profile;
    const thisTab = { ...loaded, sports: ["running", "cycling"] } satisfies Profile;
    expect(profileToSave(loaded, thisTab, otherTab)).toEqual({
      language: "fr",
      sports: ["running", "cycling"],
      equipment: ["mini-band"],
      availableDays: ["mon", "fri", "tue"],
    });
  });

  it("removes what this tab removed and keeps what the other tab added to the same list", () => {
    const otherTab = { ...loaded, availableDays: ["mon", "fri", "wed"] } satisfies Profile;
    const thisTab = { ...loaded, availableDays: ["mon"] } satisfies Profile;
    expect(profileToSave(loaded, thisTab, otherTab).availableDays).toEqual(["mon", "wed"]);
  });

  it("keeps the other tab's language unless this tab changed it", () => {
    const otherTab = { ...loaded, language: "en" } satisfies Profile;
    expect(profileToSave(loaded, loaded, otherTab).language).toBe("en");
    expect(profileToSave(loaded, { ...loaded, language: "en" }, { ...loaded }).language).toBe("en");
  });

  it("saves this tab's profile as it is when nothing changed elsewhere", () => {
    const thisTab = { ...loaded, equipment: [], sports: ["yoga"] } satisfies Profile;
    expect(profileToSave(loaded, thisTab, loaded)).toEqual(thisTab);
  });
});
