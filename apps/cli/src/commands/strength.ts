/**
 * `hipcheck strength log` and `hipcheck strength list`: hip strength checks (docs/clinical §10) in this HipCheck's
 * own database. A check is both sides of one test on one day; the core's checks refuse absurd values and nothing
 * is stored then.
 */
import type { Command } from "commander";
import { Option } from "commander";
import {
  checkAsymmetryPct,
  kgfToNewtons,
  localize,
  STRENGTH_SIDES,
  STRENGTH_TEST_IDS,
  STRENGTH_TESTS,
  strengthValue,
  type Lang,
  type StrengthCheck,
} from "@hipcheck/core";
import type { StrengthChecksView } from "@hipcheck/application";
import type { CliIo, ExitCode } from "../io.js";
import type { DatabaseOptions } from "../local-hipcheck.js";
import { withLocalHipCheck } from "../local-hipcheck.js";
import { failWith, langOption, parseLang, printJson, wrap } from "../output.js";
import { accountByEmail, databaseOptions } from "./export.js";

export type StrengthLogOptions = DatabaseOptions & {
  account: string;
  test: string;
  left: string;
  right: string;
  date?: string;
  firstSide: string;
  time?: string;
  unit: "N" | "kg";
  leverArm?: string;
  bodyMass?: string;
  device?: string;
  placement?: string;
  notes?: string;
};

export type StrengthListOptions = DatabaseOptions & { account: string; lang?: string; json?: boolean };

const W = {
  en: {
    colon: ":",
    none: "No strength checks yet.",
    checks: "Strength checks",
    change: "Since the baseline",
    sides: { left: "left", right: "right" },
    asymmetry: (pct: string) => `sides differ by ${pct}%`,
  },
  fr: {
    colon: "\u00a0:",
    none: "Pas encore de test de force.",
    checks: "Tests de force",
    change: "Depuis le test de départ",
    sides: { left: "gauche", right: "droite" },
    asymmetry: (pct: string) => `écart entre les côtés ${pct} %`,
  },
} as const;

/** A number typed on the command line; anything else goes on as typed, so the core's check names the field. */
function numberOrText(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  const number = Number(value.replace(",", "."));
  return value.trim() === "" || Number.isNaN(number) ? value : number;
}

function forceInNewtons(value: string, unit: "N" | "kg"): number | string | undefined {
  const parsed = numberOrText(value);
  return typeof parsed === "number" && unit === "kg" ? kgfToNewtons(parsed) : parsed;
}

/** The check as typed; the use-case parses it with the core's schema, as the API does. */
export function checkFromOptions(options: StrengthLogOptions, today: string): unknown {
  const common = {
    test: options.test,
    date: options.date ?? today,
    firstSide: options.firstSide,
    ...(options.time === undefined ? {} : { timeOfDay: options.time }),
    ...(options.notes === undefined ? {} : { notes: options.notes }),
  };
  if (options.test === "hip-abduction-dynamometer") {
    return {
      ...common,
      left: { forceN: forceInNewtons(options.left, options.unit) },
      right: { forceN: forceInNewtons(options.right, options.unit) },
      leverArmM: numberOrText(options.leverArm),
      bodyMassKg: numberOrText(options.bodyMass),
      device: options.device,
      placement: options.placement,
    };
  }
  const side = (value: string) => ({
    holdSeconds: numberOrText(value),
    timedBy: "stopwatch",
    stopReason: "stopped-by-person",
  });
  return { ...common, left: side(options.left), right: side(options.right) };
}

function formatValue(value: number, check: StrengthCheck, lang: Lang): string {
  const text = String(Math.round(value * 100) / 100);
  return `${lang === "fr" ? text.replace(".", ",") : text} ${STRENGTH_TESTS[check.test].unit}`;
}

export function renderStrengthChecks(view: StrengthChecksView, lang: Lang): string {
  const w = W[lang];
  if (view.checks.length === 0) return `${w.none}\n`;
  const lines = view.checks.map(({ check }) => {
    const sides = STRENGTH_SIDES.map(
      (side) => `${w.sides[side]} ${formatValue(strengthValue(check, side), check, lang)}`,
    ).join(", ");
    const asymmetry = checkAsymmetryPct(check);
    const shown =
      asymmetry === null ? "" : `, ${w.asymmetry(String(asymmetry).replace(".", lang === "fr" ? "," : "."))}`;
    return `- ${check.date}  ${localize(STRENGTH_TESTS[check.test].name, lang)}${w.colon} ${sides}${shown}`;
  });
  const out = [`${w.checks}${w.colon}`, ...lines, ""];
  if (view.comparisons.length > 0) {
    out.push(
      `${w.change}${w.colon}`,
      ...view.comparisons.map((comparison) => wrap(`- ${localize(comparison.explanation, lang)}`, "  ")),
      "",
    );
  }
  return `${out.join("\n")}\n`;
}

export async function runStrengthLog(
  io: CliIo,
  options: StrengthLogOptions,
  today: string,
): Promise<ExitCode> {
  return withLocalHipCheck(io, options, async (hipcheck, storage) => {
    const person = await accountByEmail(storage, options.account);
    if (!person.ok) return failWith(io, person.error);
    const recorded = await hipcheck.recordStrengthCheck(person.value, {
      check: checkFromOptions(options, today) as StrengthCheck,
    });
    if (!recorded.ok) return failWith(io, recorded.error);
    printJson(io, recorded.value);
    return 0;
  });
}

export async function runStrengthList(io: CliIo, options: StrengthListOptions): Promise<ExitCode> {
  return withLocalHipCheck(io, options, async (hipcheck, storage) => {
    const person = await accountByEmail(storage, options.account);
    if (!person.ok) return failWith(io, person.error);
    const listed = await hipcheck.listStrengthChecks(person.value, {});
    if (!listed.ok) return failWith(io, listed.error);
    if (options.json === true) printJson(io, listed.value);
    else io.stdout(renderStrengthChecks(listed.value, parseLang(options.lang)));
    return 0;
  });
}

export function registerStrengthCommands(
  program: Command,
  io: CliIo,
  finish: (code: ExitCode) => void,
  today: () => string,
): void {
  const strength = program.command("strength").description("hip strength checks: log one, list them");
  databaseOptions(
    strength
      .command("log")
      .description("log a strength check, both sides (holds in seconds; a dynamometer in N or kg)")
      .requiredOption("--account <email>", "the person's account email")
      .addOption(new Option("--test <id>", "which check").choices(STRENGTH_TEST_IDS).makeOptionMandatory())
      .requiredOption("--left <value>", "left side: seconds held, or the dynamometer's best push")
      .requiredOption("--right <value>", "right side: seconds held, or the dynamometer's best push")
      .addOption(
        new Option("--first-side <side>", "the side tested first").choices(STRENGTH_SIDES).default("left"),
      )
      .option("--date <YYYY-MM-DD>", "the day of the check (default: today)")
      .option("--time <HH:MM>", "the time of day, to repeat the check at about the same time")
      .addOption(new Option("--unit <unit>", "the dynamometer's unit").choices(["N", "kg"]).default("N"))
      .option("--lever-arm <m>", "dynamometer: greater trochanter to the pad's centre, metres")
      .option("--body-mass <kg>", "dynamometer: body mass, kg")
      .option("--device <name>", "dynamometer: make and model")
      .option("--placement <text>", "dynamometer: position and where the pad sat")
      .option("--notes <text>", "anything worth knowing next time"),
  ).action(async (options: StrengthLogOptions) => {
    finish(await runStrengthLog(io, options, today()));
  });
  databaseOptions(
    strength
      .command("list")
      .description("a person's strength checks, with each test's change since the baseline")
      .requiredOption("--account <email>", "the person's account email")
      .addOption(langOption())
      .option("--json", "print JSON"),
  ).action(async (options: StrengthListOptions) => {
    finish(await runStrengthList(io, options));
  });
}
