import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "commander";
import { evaluateSelfCheck, screenRedFlags, type Answers, type Lang } from "@hipcheck/core";
import { readAnswersFile } from "../answers-file.js";
import type { CliIo, ExitCode } from "../io.js";
import { failWith, langOption, parseLang, printJson } from "../output.js";
import type { Prompter } from "../prompter.js";
import { askAnswers } from "./check-questions.js";
import { renderDisclaimer, renderScreen, renderSelfCheck } from "./render-screen.js";
import { exitCodeOf } from "@hipcheck/contracts";

export type CheckOptions = { answers?: string; json?: boolean; lang?: string; save?: string };

const SAVED = { en: "Your answers are saved in", fr: "Vos réponses sont enregistrées dans" } as const;
const NEXT = {
  en: "Next: `hipcheck plan --answers FILE` prints your program.",
  fr: "Ensuite\u00a0: `hipcheck plan --answers FICHIER` affiche votre programme.",
} as const;

/**
 * The self-check (seed 001) and the red-flag screen. Exit code 0 when self-management is fine, and the
 * needs-clinician code when a red flag says to see a clinician first, so scripts can tell the two apart.
 */
export async function runCheck(
  io: CliIo,
  options: CheckOptions,
  prompter: (lang: Lang) => Prompter,
): Promise<ExitCode> {
  let answers: Answers;
  if (options.answers !== undefined) {
    const read = await readAnswersFile(options.answers, io.cwd);
    if (!read.ok) return failWith(io, read.error);
    answers = read.value;
  } else if (io.isInteractive) {
    const askIn = parseLang(options.lang);
    answers = await askAnswers(prompter(askIn), askIn, io.stdout);
  } else {
    return failWith(io, {
      kind: "invalid-input",
      message:
        "no terminal to ask questions: pass the answers with --answers FILE (see `hipcheck schema answers`)",
      field: "answers",
    });
  }
  const lang: Lang = options.lang === undefined ? answers.person.language : parseLang(options.lang);
  const selfCheck = evaluateSelfCheck(answers.selfCheck);
  const screen = screenRedFlags(answers);
  if (options.save !== undefined) {
    const path = resolve(io.cwd, options.save);
    await writeFile(path, `${JSON.stringify(answers, null, 2)}\n`, { flag: "w" });
    if (options.json !== true) io.stdout(`${SAVED[lang]} ${path}\n`);
  }
  if (options.json === true) {
    printJson(io, { selfCheck, screen });
  } else {
    io.stdout(`\n${renderScreen(screen, lang)}`);
    // Under a warning sign the only message that matters is whom to see: the hip advice waits.
    if (screen.selfManagementAllowed) io.stdout(`\n${renderSelfCheck(selfCheck, lang)}\n${NEXT[lang]}\n`);
    io.stdout(renderDisclaimer(lang));
  }
  return screen.selfManagementAllowed ? 0 : exitCodeOf("needs-clinician");
}

export function registerCheckCommand(
  program: Command,
  io: CliIo,
  finish: (code: ExitCode) => void,
  prompter: (lang: Lang) => Prompter,
): void {
  program
    .command("check")
    .description("the hip self-check and the red-flag screen (interactive, or from --answers FILE)")
    .option("--answers <file>", "answers file (JSON; `hipcheck schema answers` prints its schema)")
    .option("--save <file>", "save the answers given at the terminal, for `hipcheck plan --answers`")
    .addOption(langOption("en or fr (default: the answers' language)"))
    .option("--json", "print JSON")
    .addHelpText(
      "after",
      "\nExit codes: 0 self-management is fine; 3 a red flag says to see a clinician first; 65 bad answers file.",
    )
    .action(async (options: CheckOptions) => {
      finish(await runCheck(io, options, prompter));
    });
}
