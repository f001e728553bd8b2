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

  it("creates coach accounts with --role coach, before or after the first admin, once per email", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "secret.txt"), "a long coach passphrase\n");
    const create = (email: string, role: string) =>
      hipcheck(
        [
          "admin",
          "create",
          "--email",
          email,
          "--role",
          role,
          "--password-file",
          "secret.txt",
          "--data-dir",
          "data",
        ],
        { cwd: dir },
      );
    const maya = await create("maya@clinic.example", "coach");
    expect(maya.stderr).toBe("");
    expect(maya.code).toBe(0);
    expect(maya.stdout).toContain("Coach account maya@clinic.example created");
    expect((await create("clinic@example.org", "admin")).code).toBe(0);
    expect((await create("omar@clinic.example", "coach")).code).toBe(0);
    const again = await create("MAYA@clinic.example", "coach");
    expect(again.code).toBe(75);
    expect(again.stderr).toMatch(/already exists/);
  });

  it("gives a coach the name her clients will see, and refuses one that could disguise another", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "secret.txt"), "a long coach passphrase\n");
    const args = [
      "admin",
      "create",
      "--role",
      "coach",
      "--password-file",
      "secret.txt",
      "--data-dir",
      "data",
    ];
    const named = await hipcheck([...args, "--email", "maya@clinic.example", "--name", "Maya Lefèvre"], {
      cwd: dir,
    });
    expect(named.stderr).toBe("");
    expect(named.stdout).toContain("Coach account maya@clinic.example (Maya Lefèvre) created");
    const disguised = await hipcheck([...args, "--email", "sam@clinic.example", "--name", "Sam\u202eetc"], {
      cwd: dir,
    });
    expect(disguised.code).toBe(65);
    expect(disguised.stderr).toMatch(/letters, digits, spaces and punctuation/);
  });

  it("refuses a common password, as sign-up in the app does, and creates nothing", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "secret.txt"), "Password123\n");
    const args = ["admin", "create", "--email", "clinic@example.org", "--password-file", "secret.txt"];
    const refused = await hipcheck([...args, "--data-dir", "data"], { cwd: dir });
    expect(refused.code).toBe(65);
    expect(refused.stderr).toMatch(/most common ones in leaked-password lists/);
    writeFileSync(join(dir, "secret.txt"), "a long clinic passphrase\n");
    const accepted = await hipcheck([...args, "--data-dir", "data"], { cwd: dir });
    expect(accepted.code).toBe(0);
  });

  it("creates a person's account with --role person, whom a one-time link then lets in", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "first.txt"), "a long first passphrase\n");
    const person = ["--email", "dana@example.org", "--role", "person", "--password-file", "first.txt"];
    const created = await hipcheck(["admin", "create", ...person, "--name", "Dana", "--data-dir", "data"], {
      cwd: dir,
    });
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("Account dana@example.org (Dana) created.");
    expect(created.stdout).toContain("hipcheck admin reset-link dana@example.org");
    const again = await hipcheck(["admin", "create", ...person, "--data-dir", "data"], { cwd: dir });
    expect(again.code).toBe(75);
    const link = await hipcheck(["admin", "reset-link", "dana@example.org", "--data-dir", "data"], {
      cwd: dir,
    });
    expect(link.code).toBe(0);
    expect(link.stdout).toMatch(/reset-password#token=/);
  });

  it("refuses a role it does not create", async () => {
    const run = await hipcheck(
      ["admin", "create", "--email", "dana@example.org", "--role", "owner", "--data-dir", "data"],
      { cwd: tempDir() },
    );
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/--role/);
  });

  it("asks for a password file when there is no terminal", async () => {
    const run = await hipcheck(["admin", "create", "--email", "clinic@example.org", "--data-dir", "data"], {
      cwd: tempDir(),
    });
    expect(run.code).toBe(65);
    expect(run.stderr).toMatch(/--password-file/);
  });

  it("prints a one-time reset link for an account, and says when no account has the email", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "secret.txt"), "a long clinic passphrase\n");
    const create = ["admin", "create", "--email", "clinic@example.org", "--password-file", "secret.txt"];
    expect((await hipcheck([...create, "--data-dir", "data"], { cwd: dir })).code).toBe(0);
    const link = await hipcheck(
      [
        "admin",
        "reset-link",
        "CLINIC@example.org",
        "--url",
        "https://hipcheck.clinic.example/",
        "--data-dir",
        "data",
      ],
      { cwd: dir },
    );
    expect(link.stderr).toBe("");
    expect(link.stdout).toMatch(
      /Reset link for clinic@example\.org, to open once before .+\nhttps:\/\/hipcheck\.clinic\.example\/reset-password#token=[\w-]{40,}\n/,
    );
    const missing = await hipcheck(["admin", "reset-link", "nobody@example.org", "--data-dir", "data"], {
      cwd: dir,
    });
    expect(missing.code).toBe(66);
  });

  it("invites a person with no coach: prints a week-long link to choose the password, once per email", async () => {
    const dir = tempDir();
    const invite = (email: string, env: Record<string, string> = {}) =>
      hipcheck(["admin", "invite", email, "--language", "fr", "--data-dir", "data"], { cwd: dir, env });
    const first = await invite("noor@example.org", {
      HIPCHECK_PUBLIC_URL: "https://hipcheck.clinic.example",
    });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /Invitation for noor@example\.org .+\nhttps:\/\/hipcheck\.clinic\.example\/reset-password#token=[\w-]{40,}&welcome=1\nNo email is set up/,
    );
    expect((await invite("Noor@example.org")).code).toBe(75);
    const misconfigured = await invite("eli@example.org", { HIPCHECK_SMTP_URL: "smtp://127.0.0.1:2525" });
    expect(misconfigured.code).toBe(65);
    expect(misconfigured.stderr).toMatch(/HIPCHECK_MAIL_FROM/);
  });

  it("resets an account's two-step sign-in from the server's machine, saying when there was none", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "secret.txt"), "a long clinic passphrase\n");
    const create = ["admin", "create", "--email", "clinic@example.org", "--password-file", "secret.txt"];
    expect((await hipcheck([...create, "--data-dir", "data"], { cwd: dir })).code).toBe(0);
    const reset = await hipcheck(["admin", "two-step-reset", "CLINIC@example.org", "--data-dir", "data"], {
      cwd: dir,
    });
    expect(reset.stderr).toBe("");
    expect(reset.stdout).toMatch(
      /^clinic@example\.org had no two-step sign-in; every sign-in of the account ended/,
    );
    const missing = await hipcheck(["admin", "two-step-reset", "nobody@example.org", "--data-dir", "data"], {
      cwd: dir,
    });
    expect(missing.code).toBe(66);
  });
});
