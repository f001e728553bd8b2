import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
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

describe("hipcheck --version", () => {
  it("answers without loading the pose model's libraries (TFJS, canvas): they load only when a picture is read", () => {
    const dir = mkdtempSync(join(tmpdir(), "hipcheck-loaded-"));
    try {
      // A module hook of Node's own writes down every module the process resolves.
      const loaded = join(dir, "loaded.txt");
      const hooks = join(dir, "hooks.mjs");
      writeFileSync(
        hooks,
        `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(${JSON.stringify(loaded)}, resolved.url + "\\n");
  return resolved;
}
`,
      );
      const register = join(dir, "register.mjs");
      writeFileSync(
        register,
        `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
      );
      const run = spawnSync(
        process.execPath,
        [
          ...["--import", pathToFileURL(register).href, "--conditions=@hipcheck/source", "--import", "tsx"],
          ...["apps/cli/src/hipcheck.ts", "--version"],
        ],
        { cwd: REPO_ROOT, encoding: "utf8" },
      );
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
      const urls = readFileSync(loaded, "utf8");
      expect(urls).toContain("apps/cli/src/commands/analyze.ts");
      expect(urls).not.toMatch(/@tensorflow|@napi-rs\/canvas|packages\/detector\/src\/index\.ts/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
