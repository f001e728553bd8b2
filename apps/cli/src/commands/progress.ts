/**
 * `hipcheck progress`: where a person's program stands, from this HipCheck's own database: a pause for a new safety
 * screen and what to do next, the cautions of the latest check-in, adherence, the checkpoints' verdicts and the
 * load-management note (education beside exercise), in the person's language.
 */
import type { Command } from "commander";
import {
  hipError,
  localize,
  rescreenStateOf,
  type Lang,
  type Localized,
  type ProgressReport,
  type RescreenState,
} from "@hipcheck/core";
import type { CliIo, ExitCode } from "../io.js";
import type { DatabaseOptions } from "../local-hipcheck.js";
import { withLocalHipCheck } from "../local-hipcheck.js";
import { failWith, langOption, parseLang, printJson, wrap } from "../output.js";
import { accountByEmail, databaseOptions } from "./export.js";
import { renderDisclaimer } from "./render-screen.js";

export type ProgressOptions = DatabaseOptions & { account: string; lang?: string; json?: boolean };

const W = {
  en: {
    colon: ":",
    paused: "PROGRAM STOPPED: ANSWER THE SAFETY QUESTIONS AGAIN",
    resumed: "Program resumed after a new safety screen",
    cautions: "From your latest check-in",
    adherence: (done: number, planned: number) => `Sessions done so far: ${done} of ${planned}`,
    checkpoints: "Checkpoints",
    loadNote: "Your sport while the knee settles",
  },
  fr: {
    colon: "\u00a0:",
    paused: "PROGRAMME ARRÊTÉ\u00a0: RÉPONDEZ À NOUVEAU AUX QUESTIONS DE SÉCURITÉ",
    resumed: "Programme repris après un nouveau dépistage",
    cautions: "D’après votre dernier bilan",
    adherence: (done: number, planned: number) => `Séances faites jusqu’ici\u00a0: ${done} sur ${planned}`,
    checkpoints: "Points d’étape",
    loadNote: "Votre sport le temps que le genou se calme",
  },
} as const;

export type ProgressView = {
  readonly rescreen: RescreenState;
  readonly cautions: readonly Localized[];
  readonly report: ProgressReport;
};

export function renderProgress(view: ProgressView, lang: Lang): string {
  const w = W[lang];
  const out: string[] = [];
  const { rescreen, cautions, report } = view;
  if (rescreen.state !== "none") {
    out.push(
      rescreen.state === "paused" ? w.paused : w.resumed,
      wrap(localize(rescreen.next, lang), "  "),
      "",
    );
  }
  if (cautions.length > 0) {
    out.push(`${w.cautions}${w.colon}`, ...cautions.map((c) => wrap(`- ${localize(c, lang)}`, "  ")), "");
  }
  out.push(w.adherence(report.adherence.done, report.adherence.planned), "");
  if (report.checkpoints.length > 0) {
    out.push(
      `${w.checkpoints}${w.colon}`,
      ...report.checkpoints.map((checkpoint) => wrap(`- ${localize(checkpoint.explanation, lang)}`, "  ")),
      "",
    );
  }
  if (report.loadNote !== null) {
    out.push(`${w.loadNote}${w.colon}`, wrap(localize(report.loadNote, lang), "  "), "");
  }
  return `${out.join("\n")}\n`;
}

export async function runProgress(io: CliIo, options: ProgressOptions): Promise<ExitCode> {
  return withLocalHipCheck(io, options, async (hipcheck, storage) => {
    const person = await accountByEmail(storage, options.account);
    if (!person.ok) return failWith(io, person.error);
    const current = await hipcheck.getCurrentProgram(person.value, {});
    if (!current.ok) return failWith(io, current.error);
    if (current.value === null) {
      return failWith(
        io,
        hipError("not-found", `${options.account} has no program yet: do the check-in first.`),
      );
    }
    const report = await hipcheck.getProgress(person.value, { programId: current.value.programId });
    if (!report.ok) return failWith(io, report.error);
    const checkIns = await hipcheck.listCheckIns(person.value, {});
    if (!checkIns.ok) return failWith(io, checkIns.error);
    const program = current.value.program;
    const view: ProgressView = {
      rescreen: rescreenStateOf(program),
      cautions: checkIns.value.at(-1)?.screen.cautions ?? [],
      report: report.value,
    };
    if (options.json === true) {
      printJson(io, { programId: current.value.programId, ...view });
    } else {
      const lang = parseLang(options.lang, program.language);
      io.stdout(`${renderProgress(view, lang)}${renderDisclaimer(lang)}`);
    }
    return 0;
  });
}

export function registerProgressCommand(program: Command, io: CliIo, finish: (code: ExitCode) => void): void {
  databaseOptions(
    program
      .command("progress")
      .description(
        "where a person's program stands: a stop for a new safety screen, cautions, checkpoints, the load note",
      )
      .requiredOption("--account <email>", "the person's account email")
      .addOption(langOption("en or fr (default: the program's language)"))
      .option("--json", "print JSON"),
  ).action(async (options: ProgressOptions) => {
    finish(await runProgress(io, options));
  });
}
