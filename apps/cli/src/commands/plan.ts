import type { Command } from "commander";
import {
  PROGRAM_WEEKS_DEFAULT,
  PROGRAM_WEEKS_MAX,
  PROGRAM_WEEKS_MIN,
  WEEKDAY_LABELS,
  addDays,
  describeDose,
  findExercise,
  generateProgram,
  isIsoDate,
  localize,
  screenRedFlags,
  weekdayOf,
  type Block,
  type Lang,
  type Localized,
  type PlannedExercise,
  type Program,
  type ProgramPhase,
  type RedFlagScreen,
} from "@hipcheck/core";
import { exitCodeOf } from "@hipcheck/contracts";
import { readAnswersFile } from "../answers-file.js";
import type { CliIo, ExitCode } from "../io.js";
import { failWith, langOption, parseLang, printJson, wrap } from "../output.js";
import { renderDisclaimer, renderScreen } from "./render-screen.js";

export type PlanOptions = { answers?: string; start?: string; weeks?: string; json?: boolean; lang?: string };

const PHASE_TITLE: Record<ProgramPhase, { en: string; fr: string }> = {
  "wake-up": { en: "wake up the sleepy muscles", fr: "réveiller les muscles endormis" },
  strengthen: { en: "strengthen", fr: "renforcer" },
  integrate: { en: "bring it into standing and your sport", fr: "intégrer debout et dans votre sport" },
};

/** Session blocks in the reader's language; typed by core's `Block`, so a new block needs words here. */
const BLOCK_NAMES: Readonly<Record<Block, Localized>> = {
  release: { en: "release", fr: "relâchement" },
  activation: { en: "activation", fr: "activation" },
  balance: { en: "balance", fr: "équilibre" },
  strength: { en: "strength", fr: "renforcement" },
  stretch: { en: "stretch", fr: "étirement" },
};

const W = {
  en: {
    colon: ":",
    beforeYouStart: "Before you start",
    title: (weeks: number, start: string) => `Your ${weeks}-week hip program, from ${start}`,
    why: "Why it looks like this",
    week: "Week",
    session: { strength: "session", "warm-up": "warm-up" },
    min: "min",
    checkpoints: "Checkpoints (re-test and compare)",
    warmUp: "Warm-up before runs and rides",
    painRule:
      "Pain rule: during exercise, pain up to 5/10 is acceptable if it has settled by the next morning; above 5, or still worse the next morning, step back. Log how you feel so the program can adapt.",
  },
  fr: {
    // French sets a space before a colon.
    colon: "\u00a0:",
    beforeYouStart: "Avant de commencer",
    title: (weeks: number, start: string) =>
      `Votre programme hanches de ${weeks} semaines, à partir du ${start}`,
    why: "Pourquoi ce programme",
    week: "Semaine",
    session: { strength: "séance", "warm-up": "échauffement" },
    min: "min",
    checkpoints: "Points d’étape (refaire les tests et comparer)",
    warmUp: "Échauffement avant la course ou le vélo",
    painRule:
      "Règle de la douleur\u00a0: pendant l’exercice, une douleur jusqu’à 5/10 est acceptable si elle est calmée le lendemain matin\u00a0; au-delà de 5, ou si elle est encore plus forte le lendemain matin, revenez en arrière. Notez vos sensations pour que le programme s’adapte.",
  },
} as const;

function dayLabel(date: string, lang: Lang): string {
  return `${localize(WEEKDAY_LABELS[weekdayOf(date)], lang).slice(0, 3)} ${date}`;
}

type Columns = { readonly block: number; readonly name: number };

function exerciseName(planned: PlannedExercise, lang: Lang): string {
  const exercise = findExercise(planned.exerciseId);
  return exercise === undefined ? planned.exerciseId : localize(exercise.name, lang);
}

function exerciseLine(planned: PlannedExercise, lang: Lang, columns: Columns): string {
  const block = localize(BLOCK_NAMES[planned.block], lang).padEnd(columns.block);
  return `    ${block} ${exerciseName(planned, lang).padEnd(columns.name)}  ${describeDose(planned.dose, lang)}`;
}

/** Column widths from the longest block and exercise names in the program, so long French names never touch the dose. */
function columnsOf(program: Program, lang: Lang): Columns {
  const planned = [...program.sessions.flatMap((session) => session.exercises), ...program.warmUp];
  return {
    block: Math.max(...planned.map((item) => localize(BLOCK_NAMES[item.block], lang).length)),
    name: Math.max(...planned.map((item) => exerciseName(item, lang).length)),
  };
}

/**
 * What the screen says beside a program: signs worth a clinician's look that do not stop it (with whom to see
 * and how soon) and cautions such as a teenager's. Empty when there is nothing to say.
 */
export function renderBeforeYouStart(screen: RedFlagScreen, lang: Lang): string {
  const w = W[lang];
  const lines = [
    ...screen.flags.map((flag) =>
      wrap(`- ${localize(flag.reason, lang)} ${localize(flag.advice, lang)}`, "  "),
    ),
    ...screen.cautions.map((caution) => wrap(`- ${localize(caution, lang)}`, "  ")),
  ];
  return lines.length === 0 ? "" : `${w.beforeYouStart}${w.colon}\n${lines.join("\n")}\n\n`;
}

export function renderProgram(program: Program, lang: Lang): string {
  const w = W[lang];
  const columns = columnsOf(program, lang);
  const out: string[] = [w.title(program.weeks, dayLabel(program.startDate, lang)), ""];
  out.push(
    `${w.why}${w.colon}`,
    ...program.rationale.map((reason) => wrap(`- ${localize(reason, lang)}`, "  ")),
    "",
  );
  for (let week = 1; week <= program.weeks; week += 1) {
    const phase = program.phases.find((span) => span.fromWeek <= week && week <= span.toWeek);
    out.push(
      `${w.week} ${week}${phase === undefined ? "" : ` — ${localize(PHASE_TITLE[phase.phase], lang)}`}`,
    );
    for (const session of program.sessions.filter((s) => s.week === week)) {
      out.push(
        `  ${dayLabel(session.date, lang)} · ${w.session[session.kind]} · ~${session.estimatedMinutes} ${w.min}`,
      );
      out.push(...session.exercises.map((planned) => exerciseLine(planned, lang, columns)));
    }
    out.push("");
  }
  out.push(
    `${w.checkpoints}${w.colon} ${program.checkpoints.map((c) => `${w.week.toLowerCase()} ${c.week} (${c.date})`).join(", ")}`,
    "",
  );
  out.push(
    `${w.warmUp}${w.colon}`,
    ...program.warmUp.map((planned) => exerciseLine(planned, lang, columns)),
    "",
  );
  out.push(wrap(w.painRule, ""));
  return `${out.join("\n")}\n`;
}

/** The Monday after `today` (or `today` itself when it is a Monday): a clean start for a weekly plan. */
export function nextMonday(today: string): string {
  const offset = (7 - ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(weekdayOf(today))) % 7;
  return addDays(today, offset);
}

export async function runPlan(io: CliIo, options: PlanOptions, today: string): Promise<ExitCode> {
  if (options.answers === undefined) {
    return failWith(io, {
      kind: "invalid-input",
      message: "--answers FILE is required (make one with `hipcheck check --save FILE`)",
      field: "answers",
    });
  }
  if (options.start !== undefined && !isIsoDate(options.start)) {
    return failWith(io, {
      kind: "invalid-input",
      message: `--start: must be a calendar date written YYYY-MM-DD (got "${options.start}")`,
      field: "start",
    });
  }
  const weeks = options.weeks === undefined ? PROGRAM_WEEKS_DEFAULT : Number(options.weeks);
  if (!Number.isInteger(weeks) || weeks < PROGRAM_WEEKS_MIN || weeks > PROGRAM_WEEKS_MAX) {
    return failWith(io, {
      kind: "invalid-input",
      message: `--weeks: must be a whole number from ${PROGRAM_WEEKS_MIN} to ${PROGRAM_WEEKS_MAX} (got "${options.weeks ?? ""}")`,
      field: "weeks",
    });
  }
  const read = await readAnswersFile(options.answers, io.cwd);
  if (!read.ok) return failWith(io, read.error);
  const answers = read.value;
  const lang = options.lang === undefined ? answers.person.language : parseLang(options.lang);
  const generated = generateProgram(answers, { startDate: options.start ?? nextMonday(today), weeks });
  if (!generated.ok) {
    if (generated.error.kind === "needs-clinician") {
      const screen = screenRedFlags(answers);
      if (options.json === true) printJson(io, { error: generated.error, screen });
      else io.stderr(`${renderScreen(screen, lang)}${renderDisclaimer(lang)}`);
      return exitCodeOf("needs-clinician");
    }
    return failWith(io, generated.error);
  }
  if (options.json === true) printJson(io, generated.value);
  else {
    const before = renderBeforeYouStart(screenRedFlags(answers), lang);
    io.stdout(`${before}${renderProgram(generated.value, lang)}${renderDisclaimer(lang)}`);
  }
  return 0;
}

export function registerPlanCommand(
  program: Command,
  io: CliIo,
  finish: (code: ExitCode) => void,
  today: () => string,
): void {
  program
    .command("plan")
    .description("print a personal hip program, week by week, from an answers file")
    .option("--answers <file>", "answers file (JSON; `hipcheck schema answers` prints its schema)")
    .option("--start <date>", "first day, YYYY-MM-DD (default: next Monday)")
    .option("--weeks <n>", "program length in weeks, 3 to 12", String(PROGRAM_WEEKS_DEFAULT))
    .addOption(langOption("en or fr (default: the answers' language)"))
    .option("--json", "print JSON")
    .action(async (options: PlanOptions) => {
      finish(await runPlan(io, options, today()));
    });
}
