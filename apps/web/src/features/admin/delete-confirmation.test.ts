import { describe, expect, it } from "vitest";
import { confirmsDeletion } from "./delete-confirmation.js";

describe("typing an account's email to confirm its deletion", () => {
  it("accepts the email in any letter case, with spaces around", () => {
    expect(confirmsDeletion("  dana.runner@EXAMPLE.org ", "Dana.Runner@example.org")).toBe(true);
  });

  it("refuses anything else: empty, a part of it, another account's", () => {
    expect(confirmsDeletion("", "dana@example.org")).toBe(false);
    expect(confirmsDeletion("dana", "dana@example.org")).toBe(false);
    expect(confirmsDeletion("dana@example.org.", "dana@example.org")).toBe(false);
    expect(confirmsDeletion("leo@example.org", "dana@example.org")).toBe(false);
  });
});
