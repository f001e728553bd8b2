import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { callRoute } from "@hipcheck/contracts";
import { describe, expect, it } from "vitest";
import { entryArgs } from "../../../server/src/testing/entry-args.js";
import { tempDir } from "../../test/kit.js";

const REPO_ROOT = join(import.meta.dirname, "../../../..");

describe("hipcheck serve, as a process", () => {
  it("stops cleanly on SIGTERM: status 0, and the SQLite write-ahead log folded back into the database", async () => {
    const dataDir = join(tempDir(), "data");
    const child = spawn(
      process.execPath,
      [
        ...entryArgs("apps/cli/src/hipcheck.ts"),
        "serve",
        "--port",
        "0",
        "--data-dir",
        dataDir,
      ],
      { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: "" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = /HipCheck is running at (\S+)/.exec(output);
        if (match?.[1] !== undefined) resolve(match[1]);
      });
      void exited.then(() => {
        reject(new Error(output));
      });
    });
    // A write, so the write-ahead log has something in it.
    const signUp = await callRoute({ baseUrl: url, fetch, headers: { origin: url } }, "signUp", {
      body: { email: "noor@example.org", password: "a long enough secret" },
    });
    expect(signUp.ok).toBe(true);
    expect(existsSync(join(dataDir, "hipcheck.sqlite-wal"))).toBe(true);

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain("HipCheck stopped.");
    expect(existsSync(join(dataDir, "hipcheck.sqlite"))).toBe(true);
    expect(existsSync(join(dataDir, "hipcheck.sqlite-wal"))).toBe(false);
  });
});
