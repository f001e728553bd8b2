/**
 * `hipcheck log <file>`: a session log (its shape: `hipcheck schema session-log`) written to this HipCheck's own
 * database, as the API and the web app write it, with the pain in the knee right after the session given on the
 * command line (`--pain-after`). The progression rules answer at once: above 5/10 right after, the next session's
 * loaded exercises are made about a quarter smaller, an ordinary reduction and not a stop (docs/clinical §5.4;
 * decisions 0550 and 0561). What they changed is printed with their reason.
 */
import type { Command } from "commander";
import {
  err,
  ok,
  PainScoreSchema,
  SessionLogSchema,
  type HipError,
  type Lang,
  type Result,
} from "@hipcheck/core";
import type { LogSessionOutput } from "@hipcheck/application";
import { readSchemaFile } from "../answers-file.js";
import type { CliIo, ExitCode } from "../io.js";
import type { DatabaseOptions } from "../local-hipcheck.js";
import { withLocalHipCheck } from "../local-hipcheck.js";
import { failWith, langOption, parseLang, printJson, wrap } from "../output.js";
import { accountByEmail, databaseOptions } from "./export.js";

export type SessionLogOptions = DatabaseOptions & {
  account: string;
  painAfter?: string;
  lang?: string;
  json?: boolean;
};

const W = {
  en: {
    saved: (date: string) => `Session of ${date} saved.`,
    repeat: (date: string) => `Session of ${date} was already saved: nothing changed.`,
    painAfter: (pain: number) => `Pain in the knee right after: ${String(pain)}/10.`,
    changed: "The program changed:",
    unchanged: "The program is unchanged.",
  },
  fr: {
    saved: (date: string) => `Séance du ${date} enregistrée.`,
    repeat: (date: string) => `La séance du ${date} était déjà enregistrée\u00a0: rien n’a changé.`,
    painAfter: (pain: number) => `Douleur au genou juste après\u00a0: ${String(pain)}/10.`,
    changed: "Le programme a changé\u00a0:",
    unchanged: "Le programme ne change pas.",
  },
} as const;

/**
 * `--pain-after` as typed, checked with the pain score schema the log itself uses: a whole number from 0 to 10.
 * Absent, the log keeps the pain after it carries (if any).
 */
export function parsePainAfter(value: string | undefined): Result<number | undefined, HipError> {
  if (value === undefined) return ok(undefined);
  const parsed = PainScoreSchema.safeParse(value.trim() === "" ? Number.NaN : Number(value));
  return parsed.success
    ? ok(parsed.data)
    : err({
        kind: "invalid-input",
        message: `--pain-after must be a whole number from 0 to 10 (the pain in the knee right after the session); got "${value}"`,
        field: "painAfter",
      });
}

export function renderSessionLogged(output: LogSessionOutput, lang: Lang): string {
  const w = W[lang];
  const lines = [output.created ? w.saved(output.log.date) : w.repeat(output.log.date)];
  if (output.log.painAfter !== undefined) lines.push(w.painAfter(output.log.painAfter));
  if (output.created) {
    lines.push(
      output.revision === null ? w.unchanged : `${w.changed}\n${wrap(output.revision.reason[lang], "  ")}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

export async function runSessionLog(io: CliIo, file: string, options: SessionLogOptions): Promise<ExitCode> {
  const painAfter = parsePainAfter(options.painAfter);
  if (!painAfter.ok) return failWith(io, painAfter.error);
  const read = await readSchemaFile(SessionLogSchema, file, io.cwd, "session log");
  if (!read.ok) return failWith(io, read.error);
  const log = painAfter.value === undefined ? read.value : { ...read.value, painAfter: painAfter.value };
  return withLocalHipCheck(io, options, async (hipcheck, storage) => {
    const person = await accountByEmail(storage, options.account);
    if (!person.ok) return failWith(io, person.error);
    const logged = await hipcheck.logSession(person.value, { log });
    if (!logged.ok) return failWith(io, logged.error);
    if (options.json === true) printJson(io, logged.value);
    else io.stdout(renderSessionLogged(logged.value, parseLang(options.lang)));
    return 0;
  });
}

export function registerSessionLogCommand(
  program: Command,
  io: CliIo,
  finish: (code: ExitCode) => void,
): void {
  databaseOptions(
    program
      .command("log <file>")
      .description(
        "log a session done (a JSON file: `hipcheck schema session-log`), with the pain right after it; prints what the program's rules changed",
      )
      .requiredOption("--account <email>", "the person's account email")
      .option(
        "--pain-after <0-10>",
        "pain in the knee right after the session, 0 to 10 (replaces the file's)",
      )
      .addOption(langOption())
      .option("--json", "print JSON"),
  ).action(async (file: string, options: SessionLogOptions) => {
    finish(await runSessionLog(io, file, options));
  });
}
