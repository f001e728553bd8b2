/**
 * deploy/systemd/hipcheck.service (decision 0394): it starts `hipcheck serve` with options the command knows,
 * on loopback behind exactly one trusted proxy, and keeps the hardening an operator of health data expects.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { SCHEMA_NEWER_EXIT_CODE, UPGRADE_BACKUP_FAILED_EXIT_CODE } from "@hipcheck/contracts";
import { REPO_ROOT } from "../../test/kit.js";
import { parseTrustProxy, registerServeCommand } from "./serve.js";

const UNIT_PATH = join(REPO_ROOT, "deploy/systemd/hipcheck.service");
const unit = readFileSync(UNIT_PATH, "utf8");

function settings(name: string): string[] {
  return unit
    .split("\n")
    .filter((line) => line.startsWith(`${name}=`))
    .map((line) => line.slice(name.length + 1));
}

function serveOptions(): Set<string> {
  const program = new Command("hipcheck");
  const io = {
    stdout: () => undefined,
    stderr: () => undefined,
    isInteractive: false,
    cwd: REPO_ROOT,
    env: {},
  };
  registerServeCommand(program, io, () => undefined);
  const serve = program.commands.find((command) => command.name() === "serve");
  return new Set(serve?.options.map((option) => option.long ?? "") ?? []);
}

describe("the systemd unit", () => {
  it("runs `hipcheck serve` on loopback, behind one trusted proxy, with options the command knows", () => {
    const [execStart = ""] = settings("ExecStart");
    const args = execStart.split(/\s+/);
    expect(args.slice(0, 3)).toEqual(["/usr/bin/node", "apps/cli/bin/hipcheck.js", "serve"]);
    const known = serveOptions();
    for (const flag of args.filter((arg) => arg.startsWith("--"))) expect(known).toContain(flag);
    expect(args[args.indexOf("--host") + 1]).toBe("127.0.0.1");
    expect(parseTrustProxy(args[args.indexOf("--trust-proxy") + 1] ?? "")).toEqual({ hops: 1 });
    expect(args[args.indexOf("--data-dir") + 1]).toBe("/var/lib/hipcheck");
    expect(settings("ReadWritePaths")).toEqual(["/var/lib/hipcheck"]);
  });

  it("runs unprivileged, in a read-only system, without capabilities or new privileges", () => {
    expect(settings("User")).toEqual(["hipcheck"]);
    for (const [name, value] of [
      ["NoNewPrivileges", "yes"],
      ["CapabilityBoundingSet", ""],
      ["ProtectSystem", "strict"],
      ["ProtectHome", "yes"],
      ["PrivateTmp", "yes"],
      ["PrivateDevices", "yes"],
      ["RestrictSUIDSGID", "yes"],
      ["UMask", "0077"],
      ["StateDirectoryMode", "0700"],
      ["SystemCallFilter", "@system-service"],
    ] as const) {
      expect(settings(name), name).toContain(value);
    }
  });

  it("does not restart on a database newer than the code, nor when the backup before an upgrade failed", () => {
    expect(settings("RestartPreventExitStatus")).toEqual([
      `${SCHEMA_NEWER_EXIT_CODE} ${UPGRADE_BACKUP_FAILED_EXIT_CODE}`,
    ]);
  });

  it.runIf(existsSync("/usr/bin/systemd-analyze"))("passes systemd's own check", () => {
    expect(() => execFileSync("systemd-analyze", ["verify", UNIT_PATH], { stdio: "pipe" })).not.toThrow();
  });
});
