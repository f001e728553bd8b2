import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/kit.js";
import type { CliIo } from "../io.js";
import { isInviteOnly, runServe } from "./serve.js";

function capturingIo(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    isInteractive: false,
    cwd,
    env: {},
  };
}

describe("hipcheck serve", () => {
  it("starts on the embedded SQLite database and answers the API", async () => {
    const dir = tempDir();
    const io = capturingIo(dir);
    const server = await runServe(io, { port: "0", host: "127.0.0.1", dataDir: `${dir}/data` });
    if (typeof server === "number") throw new Error(io.err.join(""));
    try {
      expect(io.out.join("")).toMatch(/HipCheck is running at http:\/\/127\.0\.0\.1:\d+ \(data: SQLite in /);
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("closes open sign-up with HIPCHECK_INVITE_ONLY=1: a visitor without a coach's code is refused", async () => {
    const dir = tempDir();
    const io = { ...capturingIo(dir), env: { HIPCHECK_INVITE_ONLY: "1" } };
    const server = await runServe(io, { port: "0", host: "127.0.0.1", dataDir: `${dir}/data` });
    if (typeof server === "number") throw new Error(io.err.join(""));
    try {
      expect(io.out.join("")).toContain("sign-up by invitation only");
      const policy = await fetch(`${server.url}/api/sign-up-policy`);
      expect(await policy.json()).toEqual({ signUp: "invite-only" });
      const signUp = await fetch(`${server.url}/api/accounts`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-hipcheck-csrf": "1" },
        body: JSON.stringify({ email: "visitor@example.org", password: "a long visitor passphrase" }),
      });
      expect(signUp.status).toBe(403);
      expect(await signUp.json()).toMatchObject({ error: { kind: "forbidden", field: "invitationCode" } });
    } finally {
      await server.close();
    }
  });

  it("reads invite-only from the flag or the environment, and stays open otherwise", () => {
    const base = { port: "0", host: "127.0.0.1", dataDir: "data" };
    expect(isInviteOnly({ ...base, inviteOnly: true }, {})).toBe(true);
    expect(isInviteOnly(base, { HIPCHECK_INVITE_ONLY: "true" })).toBe(true);
    expect(isInviteOnly(base, { HIPCHECK_INVITE_ONLY: "0" })).toBe(false);
    expect(isInviteOnly(base, {})).toBe(false);
  });

  it("says which port is taken instead of crashing", async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, "127.0.0.1", done));
    const address = blocker.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    const dir = tempDir();
    const io = capturingIo(dir);
    try {
      const outcome = await runServe(io, { port: String(port), host: "127.0.0.1", dataDir: `${dir}/data` });
      expect(outcome).toBe(75);
      expect(io.err.join("")).toContain(`port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it("rejects a port that is not a number", async () => {
    const io = capturingIo(tempDir());
    expect(await runServe(io, { port: "http", host: "127.0.0.1", dataDir: "data" })).toBe(65);
  });
});
