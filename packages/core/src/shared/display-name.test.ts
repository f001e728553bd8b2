import { describe, expect, it } from "vitest";
import { checkDisplayName, DisplayNameSchema, shownName } from "./display-name.js";

describe("a display name", () => {
  it("keeps Maya's name with its accent and title, spaces tidied", () => {
    expect(checkDisplayName("  Maya   Lefèvre, kiné ")).toEqual({ ok: true, value: "Maya Lefèvre, kiné" });
    expect(DisplayNameSchema.parse(" Maya Lefèvre, kiné ")).toBe("Maya Lefèvre, kiné");
  });

  it("refuses an empty name and one longer than a roster line", () => {
    for (const typed of ["", "   ", "x".repeat(61)]) {
      expect(checkDisplayName(typed)).toMatchObject({
        ok: false,
        error: { kind: "invalid-input", field: "displayName" },
      });
      expect(DisplayNameSchema.safeParse(typed).success).toBe(false);
    }
    expect(checkDisplayName("x".repeat(60)).ok).toBe(true);
  });

  it("refuses line breaks, zero-width and right-to-left override characters, which would disguise a name", () => {
    for (const typed of ["Maya\nAdmin", "Ma\u200bya", "Maya \u202eéfevreL"]) {
      expect(checkDisplayName(typed).ok).toBe(false);
      expect(DisplayNameSchema.safeParse(typed).success).toBe(false);
    }
  });

  it("shows the email of an account without a name", () => {
    expect(shownName({ email: "maya@clinic.example", displayName: null })).toBe("maya@clinic.example");
    expect(shownName({ email: "maya@clinic.example", displayName: "Maya" })).toBe("Maya");
  });
});
