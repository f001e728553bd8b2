import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const REPO_ROOT = join(import.meta.dirname, "../../..");

describe("hipcheck as a process whose reader stops early", () => {
  it("ends quietly when `| head` closes the pipe after the first bytes of a long answer", () => {
    const cli = `"${process.execPath}" --conditions=@hipcheck/source --import tsx apps/cli/src/hipcheck.ts`;
    const run = spawnSync(
      "bash",
      ["-o", "pipefail", "-c", `${cli} exercises --json | head -c 10 > /dev/null`],
      {
        cwd: REPO_ROOT,
        encoding: "utf8",
      },
    );
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
    expect(run.status).toBe(0);
  });
});
