import type { Command } from "commander";
import {
  describeDose,
  describeTempo,
  exerciseTempo,
  exercises,
  findExercise,
  findStructure,
  ladderOf,
  EQUIPMENT_LABELS,
  localize,
  type Exercise,
  type ExerciseKind,
  type Lang,
  type Localized,
  type TargetRole,
} from "@hipcheck/core";
import type { CliIo, ExitCode } from "../io.js";
import { failWith, langOption, parseLang, printJson, wrap } from "../output.js";
import { renderDisclaimer } from "./render-screen.js";

const HEADINGS = {
  en: {
    targets: "Targets",
    dose: "Dose",
    pace: "Pace of one rep",
    steps: "How",
    cues: "Cues",
    errors: "Common errors",
    precautions: "Precautions",
    equipment: "Equipment",
    id: "Id",
    ladder: "Ladder",
    none: "none (body weight)",
    evidence: "Evidence",
  },
  fr: {
    targets: "Muscles",
    dose: "Dosage",
    pace: "Rythme d’une répétition",
    steps: "Comment",
    cues: "Consignes",
    errors: "Erreurs fréquentes",
    precautions: "Précautions",
    equipment: "Matériel",
    id: "Identifiant",
    ladder: "Progression",
    none: "aucun (poids du corps)",
    evidence: "Données probantes",
  },
} as const;

/** The library's exercise categories in words; typed by core's `ExerciseKind`, so a new one needs words here. */
const KIND_NAMES: Readonly<Record<ExerciseKind, Localized>> = {
  release: { en: "release", fr: "relâchement" },
  activation: { en: "activation", fr: "activation" },
  strength: { en: "strength", fr: "renforcement" },
  stretch: { en: "stretch", fr: "étirement" },
  balance: { en: "balance", fr: "équilibre" },
  mobility: { en: "mobility", fr: "mobilité" },
};

/** The research notes' verification tags in words (V verified, P partly verified, U unverified). */
const VERIFICATION_NAMES: Readonly<Record<Exercise["evidence"][number]["verification"], Localized>> = {
  V: { en: "verified", fr: "vérifié" },
  P: { en: "partly verified", fr: "partiellement vérifié" },
  U: { en: "unverified", fr: "non vérifié" },
};

/** What each target does in the exercise, in words; typed by core's `TargetRole`. */
const ROLE_NAMES: Readonly<Record<TargetRole, Localized>> = {
  "prime-mover": { en: "main worker", fr: "moteur principal" },
  synergist: { en: "helper", fr: "synergiste" },
  stabiliser: { en: "stabiliser", fr: "stabilisateur" },
  stretched: { en: "stretched", fr: "étiré" },
  released: { en: "released", fr: "relâché" },
};

export function listExercises(io: CliIo, options: { lang?: string; json?: boolean }): ExitCode {
  const lang = parseLang(options.lang);
  if (options.json === true) {
    printJson(io, exercises);
    return 0;
  }
  const idWidth = Math.max(...exercises.map((exercise) => exercise.id.length));
  for (const exercise of exercises) {
    io.stdout(
      `${exercise.id.padEnd(idWidth)}  ${localize(exercise.name, lang)} · ${localize(KIND_NAMES[exercise.kind], lang)} · ${describeDose(exercise.dose, lang)}\n`,
    );
  }
  return 0;
}

export function showExercise(io: CliIo, id: string, options: { lang?: string; json?: boolean }): ExitCode {
  const exercise = findExercise(id);
  if (exercise === undefined) {
    const close = exercises.filter((e) => e.id.includes(id) || id.includes(e.id)).map((e) => e.id);
    const hint =
      close.length > 0
        ? ` Did you mean ${close.slice(0, 3).join(", ")}?`
        : " `hipcheck exercises` lists them.";
    return failWith(io, { kind: "not-found", message: `no exercise "${id}".${hint}`, field: "id" });
  }
  if (options.json === true) {
    printJson(io, exercise);
    return 0;
  }
  const lang = parseLang(options.lang);
  io.stdout(`${renderExercise(exercise, lang)}${renderDisclaimer(lang)}`);
  return 0;
}

function renderExercise(exercise: Exercise, lang: Lang): string {
  const h = HEADINGS[lang];
  // French sets a space before a colon and a semicolon.
  const colon = lang === "fr" ? "\u00a0:" : ":";
  const semicolon = lang === "fr" ? "\u00a0;" : ";";
  const list = (title: string, items: readonly { en: string; fr: string }[]): string =>
    items.length === 0
      ? ""
      : `\n${title}${colon}\n${items.map((item) => wrap(`- ${localize(item, lang)}`, "  ")).join("\n")}\n`;
  const targets = exercise.targets
    .map((target) => {
      const structure = findStructure(target.structureId);
      return `${structure === undefined ? target.structureId : localize(structure.name, lang)} (${localize(ROLE_NAMES[target.role], lang)})`;
    })
    .join(", ");
  const placement = ladderOf(exercise.id);
  // Rungs by name in the reader's language; the id, for `hipcheck exercise ID`, has its own line.
  const rungName = (id: string): string => {
    const rung = findExercise(id);
    return rung === undefined ? id : localize(rung.name, lang);
  };
  const ladder =
    placement === undefined
      ? ""
      : `${h.ladder}${colon} ${placement.ladder.steps.map((step, index) => (index === placement.index ? `[${rungName(step)}]` : rungName(step))).join(" → ")}\n`;
  const evidence = exercise.evidence
    .map(
      (item) =>
        `- ${localize(item.note, lang)} (${item.source}${semicolon} ${localize(VERIFICATION_NAMES[item.verification], lang)})`,
    )
    .join("\n");
  return [
    `${localize(exercise.name, lang)}\n`,
    `${wrap(localize(exercise.summary, lang), "")}\n\n`,
    `${h.id}${colon} ${exercise.id}\n`,
    `${h.targets}${colon} ${targets}\n`,
    `${h.dose}${colon} ${describeDose(exercise.dose, lang)}\n`,
    exercise.dose.mode === "reps"
      ? `${h.pace}${colon} ${describeTempo(exerciseTempo(exercise), lang)}\n`
      : "",
    `${h.equipment}${colon} ${exercise.equipment.length === 0 ? h.none : exercise.equipment.map((item) => localize(EQUIPMENT_LABELS[item], lang)).join(", ")}\n`,
    ladder,
    list(h.steps, exercise.steps),
    list(h.cues, exercise.cues),
    list(h.errors, exercise.commonErrors),
    list(h.precautions, exercise.precautions),
    evidence === "" ? "" : `\n${h.evidence}${colon}\n${evidence}\n`,
  ].join("");
}

export function registerExerciseCommands(
  program: Command,
  io: CliIo,
  finish: (code: ExitCode) => void,
): void {
  program
    .command("exercises")
    .description("list the exercise library")
    .addOption(langOption("en or fr"))
    .option("--json", "print JSON")
    .action((options: { lang?: string; json?: boolean }) => {
      finish(listExercises(io, options));
    });
  program
    .command("exercise")
    .description("show one exercise: targets, dose, steps, cues, common errors, ladder")
    .argument("<id>", "exercise id, as listed by `hipcheck exercises`")
    .addOption(langOption("en or fr"))
    .option("--json", "print JSON")
    .action((id: string, options: { lang?: string; json?: boolean }) => {
      finish(showExercise(io, id, options));
    });
}
