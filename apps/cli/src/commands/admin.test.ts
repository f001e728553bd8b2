import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hipcheck, tempDir } from "../../test/kit.js";

describe("hipcheck admin create", () => {
  it("creates the first admin of a clinic's HipCheck, and only the first", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "secret.txt"), "a long clinic passphrase\n");
    const args = [
      "admin",
      "create",
      "--email",
      "clinic@example.org",
      "--password-file",
      "secret.txt",
      "--data-dir",
      "data",
    ];
    const first = await hipcheck(args, { cwd: dir });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Admin account clinic@example.org created");
    const second = await hipcheck([...args.slice(0, 3), "other@example.org", ...args.slice(4)], { cwd: dir });
    expect(second.code).toBe(77);
    expect(second.stderr).toMatch(/already has an admin/);
  });

  it("asks for a password file when there is no terminal", async () => {
    const run = await hipcheck(["admin", "create", "--email", "clinic@example.org", "--data-dir", "data"], {
      cwd: tempDir(),
    });
    expect(run.code).toBe(65);
    expect(run.stderr).toMatch(/--password-file/);
  });
});
