import { fileURLToPath } from "node:url";
import { Command, CommanderError } from "commander";
import { UNEXPECTED_ERROR, USAGE_EXIT_CODE } from "@hipcheck/contracts";
import type { Lang } from "@hipcheck/core";
import { registerAdminCommands } from "./commands/admin.js";
import {
  isSchemaNewerThanCode,
  isUpgradeBackupFailed,
  refuseNewerSchema,
  refuseUpgradeWithoutBackup,
} from "./commands/admin-database.js";
import { registerAnalyzeCommand } from "./commands/analyze.js";
import { registerCheckCommand } from "./commands/check.js";
import { registerExerciseCommands } from "./commands/exercises.js";
import { registerExportCommands } from "./commands/export.js";
import { registerPlanCommand } from "./commands/plan.js";
import { registerProgressCommand } from "./commands/progress.js";
import { registerSchemaCommand } from "./commands/schema.js";
import { registerServeCommand } from "./commands/serve.js";
import { registerSessionLogCommand } from "./commands/session-log.js";
import { registerStrengthCommands } from "./commands/strength.js";
import { renderDisclaimer } from "./commands/render-screen.js";
import type { CliIo, ExitCode } from "./io.js";
import { terminalPrompter, type Prompter } from "./prompter.js";

export type CliDeps = {
  readonly io: CliIo;
  /** Today's calendar date, YYYY-MM-DD: the only clock the commands read. */
  readonly today: () => string;
  /** Interactive questions in the language asked for. */
  readonly prompter: (lang: Lang) => Prompter;
};

const VERSION = "0.1.0";

function buildProgram(deps: CliDeps, finish: (code: ExitCode) => void): Command {
  const { io } = deps;
  const program = new Command("hipcheck")
    .description(
      "HipCheck: hip strengthening for knee pain. Check in, screen how you move, follow a program.",
    )
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(`hipcheck --help` lists the commands)")
    .addHelpText("afterAll", renderDisclaimer("en"));
  registerExerciseCommands(program, io, finish);
  registerCheckCommand(program, io, finish, deps.prompter);
  registerPlanCommand(program, io, finish, deps.today);
  registerProgressCommand(program, io, finish);
  registerStrengthCommands(program, io, finish, deps.today);
  registerSessionLogCommand(program, io, finish);
  registerSchemaCommand(program, io, finish);
  registerServeCommand(program, io, finish);
  registerAdminCommands(program, io, finish);
  registerAnalyzeCommand(program, io, finish);
  registerExportCommands(program, io, finish);
  return program;
}

function isPromptClosed(error: unknown): boolean {
  return error instanceof Error && error.name === "ExitPromptError";
}

/** Runs one command line (without the `node` and script entries) and resolves to its exit code. */
export async function runCli(argv: readonly string[], deps: CliDeps): Promise<ExitCode> {
  let exitCode: ExitCode = 0;
  const program = buildProgram(deps, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with exit code 0; every other commander error is a usage mistake.
      return error.exitCode === 0 ? 0 : USAGE_EXIT_CODE;
    }
    if (isSchemaNewerThanCode(error)) return refuseNewerSchema(deps.io, error);
    if (isUpgradeBackupFailed(error)) return refuseUpgradeWithoutBackup(deps.io, error);
    if (isPromptClosed(error)) {
      deps.io.stderr("\nhipcheck: stopped; nothing was saved.\n");
      return 130;
    }
    const detail = error instanceof Error ? error.message : String(error);
    deps.io.stderr(`hipcheck: unexpected error: ${detail}\n`);
    if (deps.io.env.HIPCHECK_DEBUG === "1" && error instanceof Error) {
      deps.io.stderr(`${error.stack ?? ""}\n`);
    }
    return UNEXPECTED_ERROR.exitCode;
  }
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function runFromProcess(): Promise<void> {
  // A reader that stops early (`hipcheck exercises | head`) closes the pipe: that is the reader's choice, not a
  // failure, so the command ends quietly with the status it had.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  });
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isInteractive: process.stdin.isTTY && process.stdout.isTTY,
    cwd: process.cwd(),
    env: process.env,
  };
  const code = await runCli(process.argv.slice(2), { io, today: localToday, prompter: terminalPrompter });
  // `serve` keeps running: its exit code is only set when it stops.
  if (code !== 0 || !process.argv.includes("serve")) process.exitCode = code;
}

export const CLI_PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));
