import { describe, expect, it } from "vitest";
import { normalizeInvitationCode } from "./invitation-code.js";

describe("an invitation code as a person types it", () => {
  it.each([
    "HIP-AB12-CD34",
    "hip-ab12-cd34",
    " hip ab12 cd34 ",
    "hipab12cd34",
    "HIP – AB12 – CD34",
    "Hip.Ab12.Cd34",
  ])("%s is HIP-AB12-CD34", (typed) => {
    expect(normalizeInvitationCode(typed)).toBe("HIP-AB12-CD34");
  });

  it("reads O, I and L as 0, 1 and 1, which the code alphabet never uses", () => {
    expect(normalizeInvitationCode("hip-o1il-lo0i")).toBe("HIP-0111-1001");
  });

  it("leaves a code of another shape as typed, in capitals and trimmed", () => {
    expect(normalizeInvitationCode("  hip-nope ")).toBe("HIP-NOPE");
  });
});
