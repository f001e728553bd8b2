import { describe, expect, it } from "vitest";
import { createArgon2PasswordHasher, TEST_ARGON2_COST } from "./argon2-password-hasher.js";

describe("the argon2 password hasher", () => {
  const hasher = createArgon2PasswordHasher(TEST_ARGON2_COST);

  it("stores argon2id hashes, salted: the same password twice gives two hashes", async () => {
    const first = await hasher.hash("correct horse battery");
    const second = await hasher.hash("correct horse battery");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect(second).not.toBe(first);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hasher.hash("correct horse battery");
    expect(await hasher.verify(stored, "correct horse battery")).toBe(true);
    expect(await hasher.verify(stored, "Correct horse battery")).toBe(false);
  });

  it("uses the OWASP cost by default", async () => {
    expect(await createArgon2PasswordHasher().hash("correct horse battery")).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/,
    );
  });
});
