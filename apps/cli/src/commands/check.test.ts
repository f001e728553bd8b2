import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  AnswersSchema,
  RED_FLAG_QUESTIONS,
  RED_FLAG_QUESTIONS_ADDED_IN_V2,
  RED_FLAG_QUESTIONS_ADDED_LATER,
  isRedFlagQuestionAsked,
  type Answers,
} from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import type { Prompter } from "../prompter.js";
import { hipcheck, scriptedPrompter, tempDir } from "../../test/kit.js";

const example = (name: string): string => `examples/answers/${name}.json`;

describe("hipcheck check --answers", () => {
  it("tells the runner with patellofemoral pain there is no warning sign and to look at hip balance", async () => {
    const run = await hipcheck(["check", "--answers", example("runner-pfp")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("No warning signs");
    expect(run.stdout).toContain("hipcheck plan --answers");
    expect(run.stdout).toMatch(/does not diagnose/);
  });

  it("stops the person with a hot swollen knee and fever: emergency, whom to see, exit code 3", async () => {
    const run = await hipcheck(["check", "--answers", example("red-flag-person")]);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain("EMERGENCY");
    expect(run.stdout).toMatch(/emergency department/i);
    expect(run.stdout).not.toContain("hipcheck plan");
  });

  it("speaks French to the French triathlete", async () => {
    const run = await hipcheck(["check", "--answers", example("french-triathlete")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Aucun signe d’alerte");
  });

  it("prints the screen as JSON", async () => {
    const run = await hipcheck(["check", "--answers", example("injured-ottawa"), "--json"]);
    const printed = JSON.parse(run.stdout) as { screen: { tier: string; selfManagementAllowed: boolean } };
    expect(printed.screen.tier).toBe("urgent");
    expect(printed.screen.selfManagementAllowed).toBe(false);
  });

  it.each([
    ["a missing file", "nope.json", 66, /nope\.json: no such file/],
    ["malformed JSON", "bad.json", 65, /bad\.json: not valid JSON/],
    ["an out-of-range pain score", "pain.json", 65, /symptoms\.painNow: must be at most 10 \(got 12\)/],
    ["an unknown field", "extra.json", 65, /unknown field "favouriteColour"/],
  ])("rejects %s with one clear line and the table's exit code", async (_name, file, code, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.json"), "{ not json");
    writeFileSync(
      join(dir, "pain.json"),
      JSON.stringify({ ...personas.runnerPfp, symptoms: { ...personas.runnerPfp.symptoms, painNow: 12 } }),
    );
    writeFileSync(
      join(dir, "extra.json"),
      JSON.stringify({ ...personas.runnerPfp, favouriteColour: "blue" }),
    );
    const run = await hipcheck(["check", "--answers", file], { cwd: dir });
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("asks for a file when there is no terminal to ask questions", async () => {
    const run = await hipcheck(["check"]);
    expect(run.code).toBe(65);
    expect(run.stderr).toMatch(/--answers FILE/);
  });
});

describe("hipcheck check at the terminal", () => {
  /** A desk worker with no pain: the whole questionnaire, answered in order. */
  const deskWorkerScript = [
    "Alex", // name
    41, // age
    "other",
    true, // sits
    true, // back pain
    false, // repetitive
    false, // hip balance work
    false, // injured?
    // Red flags: 19 of the 30 at 41 without an injury (not the 10 about an injury, not the under-18 one).
    ...Array<boolean>(19).fill(false),
    false, // knee pain now?
    ["walking"],
    5, // walks per week
    30, // minutes
    [], // hard days
    [], // equipment
    ["tue", "thu", "sat"],
  ];

  it("asks the seed's four questions, the safety screen and the plan questions, then saves valid answers", async () => {
    const prompter = scriptedPrompter(deskWorkerScript);
    const dir = tempDir();
    const run = await hipcheck(["check", "--save", "mine.json"], { interactive: true, prompter, cwd: dir });
    expect(prompter.remaining()).toBe(0);
    expect(run.code).toBe(0);
    const saved = AnswersSchema.parse(JSON.parse(readFileSync(join(dir, "mine.json"), "utf8")));
    expect(saved.selfCheck).toEqual({
      sitsRegularly: true,
      hasBackPain: true,
      repetitiveExercise: false,
      doesHipBalanceWork: false,
    });
    expect(saved.symptoms).toBeNull();
    expect(saved.availableDays).toEqual(["tue", "thu", "sat"]);
    expect(run.stdout).toContain("No warning signs");
  });

  it("stops at the emergency answer's screen when the foot is cold and numb, asking nothing about training", async () => {
    // Up to the knee-pain question: sports, equipment and days are not asked once the screen stops the plan.
    const script = deskWorkerScript.slice(0, 28);
    script[8 + 2] = true; // footColdPaleOrNumb is the third red-flag question asked without an injury
    const prompter = scriptedPrompter(script);
    const dir = tempDir();
    const run = await hipcheck(["check", "--save", "mine.json"], { interactive: true, prompter, cwd: dir });
    expect(prompter.remaining()).toBe(0);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain("EMERGENCY");
    const saved = AnswersSchema.parse(JSON.parse(readFileSync(join(dir, "mine.json"), "utf8")));
    expect(saved).toMatchObject({ activities: [], equipment: [], availableDays: [] });
  });
});

describe("hipcheck check: who is asked what", () => {
  /** Records each question asked, answering from the script. */
  function recording(script: readonly unknown[]): { prompter: Prompter; asked: string[] } {
    const inner = scriptedPrompter(script);
    const asked: string[] = [];
    const prompter: Prompter = {
      confirm: (message) => {
        asked.push(message);
        return inner.confirm(message);
      },
      select: (message, choices) => {
        asked.push(message);
        return inner.select(message, choices);
      },
      checkbox: (message, choices, options) => {
        asked.push(message);
        return inner.checkbox(message, choices, options);
      },
      integer: (message, range) => {
        asked.push(message);
        return inner.integer(message, range);
      },
      text: (message, options) => {
        asked.push(message);
        return inner.text(message, options);
      },
    };
    return { prompter, asked };
  }

  it("asks a 14-year-old injured 20 days ago about the injury and a young body, not about giving way without one", async () => {
    const { prompter, asked } = recording([
      "Léa",
      14,
      "female",
      false,
      false,
      true,
      false, // self-check
      true, // injured
      20, // days ago
      false,
      false,
      false,
      false, // Ottawa signs, all settled
      ...Array<boolean>(29).fill(false), // every red flag but the one for people without an injury
      false, // knee pain now?
      ["team-sport"],
      3,
      90,
      ["sat"],
      [],
      ["mon", "wed"],
    ]);
    const run = await hipcheck(["check"], { interactive: true, prompter });
    expect(run.code).toBe(0);
    expect(asked).toContain(RED_FLAG_QUESTIONS.swellingHoursAfterInjury.en);
    expect(asked).toContain(RED_FLAG_QUESTIONS.youngUnwellOrBruising.en);
    expect(asked).not.toContain(RED_FLAG_QUESTIONS.givesWayWithoutInjury.en);
    // A teenager keeps the program, with the caution for growing bones.
    expect(run.stdout).toContain("bones are still growing");
  });

  it("asks an adult without an injury whether the knee gives way, and a yes stops the check-in with exit code 3", async () => {
    const questions = Object.keys(RED_FLAG_QUESTIONS) as (keyof typeof RED_FLAG_QUESTIONS)[];
    const askedAt41 = questions.filter((q) => isRedFlagQuestionAsked(q, { ageYears: 41, injured: false }));
    const { prompter, asked } = recording([
      "Alex",
      41,
      "other",
      true,
      true,
      false,
      false,
      false, // not injured
      ...askedAt41.map((q) => q === "givesWayWithoutInjury"),
      false, // knee pain now?
    ]);
    const run = await hipcheck(["check", "--lang", "fr"], { interactive: true, prompter });
    expect(asked).toContain(RED_FLAG_QUESTIONS.givesWayWithoutInjury.fr);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain("CONSULTEZ AVANT DE COMMENCER");
    expect(run.stdout).toContain("se dérobe sans blessure");
  });
});

describe("hipcheck check at the terminal, in French", () => {
  it("asks every question as a French physiotherapist writes it, a space before each colon and question mark", async () => {
    const asked: string[] = [];
    const inner = scriptedPrompter([
      "Camille",
      30,
      "female",
      true,
      false,
      true,
      false,
      false, // not injured
      ...Array<boolean>(19).fill(false),
      false, // knee pain now?
      ["running"],
      3,
      45,
      ["sun"],
      [],
      ["mon", "thu"],
    ]);
    const prompter: Prompter = {
      ...inner,
      integer: (message, range) => {
        asked.push(message);
        return inner.integer(message, range);
      },
      checkbox: (message, choices, options) => {
        asked.push(message);
        return inner.checkbox(message, choices, options);
      },
      confirm: (message) => {
        asked.push(message);
        return inner.confirm(message);
      },
    };
    const run = await hipcheck(["check", "--lang", "fr"], { interactive: true, prompter });
    expect(run.code).toBe(0);
    expect(asked).toContain("Course à pied — Séances par semaine");
    for (const message of asked) expect(message).not.toMatch(/[^\u00a0][:?]/);
  });
});

describe("hipcheck check and plan: each new warning sign stops both, with its own advice in both languages", () => {
  const base = personas.runnerPfp;
  const cases: { name: string; answers: Answers; says: { en: RegExp; fr: RegExp } }[] = [
    {
      name: "Ottawa signs still there 10 days after the injury, at 60",
      answers: {
        ...base,
        person: { ...base.person, ageYears: 60 },
        injury: {
          daysAgo: 10,
          tenderOnlyOnKneecap: false,
          tenderAtFibulaHead: false,
          cannotBendTo90: true,
          couldNotTakeFourSteps: true,
        },
      },
      says: { en: /10 days ago .* X-ray/s, fr: /10 jours .* radiographie/s },
    },
    {
      name: "a 7-year-old",
      answers: { ...base, person: { ...base.person, ageYears: 7 } },
      says: { en: /child's GP or paediatrician/, fr: /pédiatre de votre enfant/ },
    },
    {
      name: "pain now 9, usual 8, worst 10",
      answers: { ...base, symptoms: { ...base.symptoms!, painNow: 9, painUsual: 8, painWorst: 10 } },
      says: { en: /now 9\/10, usually 8\/10/, fr: /maintenant 9\/10, habituellement 8\/10/ },
    },
    {
      name: "a knee giving way without an injury",
      answers: { ...base, redFlags: { ...base.redFlags, givesWayWithoutInjury: true } },
      says: { en: /gives way without an injury/, fr: /se dérobe sans blessure/ },
    },
    {
      name: "a 14-year-old whose knee locks",
      answers: {
        ...base,
        person: { ...base.person, ageYears: 14 },
        redFlags: { ...base.redFlags, kneeLocks: true },
      },
      says: { en: /joint surface of a growing knee/, fr: /surface articulaire d’un genou en croissance/ },
    },
    {
      name: "swelling that came hours after an injury",
      answers: {
        ...base,
        injury: {
          daysAgo: 3,
          tenderOnlyOnKneecap: false,
          tenderAtFibulaHead: false,
          cannotBendTo90: false,
          couldNotTakeFourSteps: false,
        },
        redFlags: { ...base.redFlags, swellingHoursAfterInjury: true },
      },
      says: { en: /swells up over the hours/, fr: /gonfle dans les heures/ },
    },
    {
      name: "a 13-year-old with fever and bruises",
      answers: {
        ...base,
        person: { ...base.person, ageYears: 13 },
        redFlags: { ...base.redFlags, youngUnwellOrBruising: true },
      },
      says: { en: /blood test/, fr: /prise de sang/ },
    },
  ];

  const injured = {
    daysAgo: 2,
    tenderOnlyOnKneecap: false,
    tenderAtFibulaHead: false,
    cannotBendTo90: false,
    couldNotTakeFourSteps: false,
  };
  cases.push(
    {
      name: "an injured knee replacement, the Ottawa rules set aside",
      answers: { ...base, injury: injured, redFlags: { ...base.redFlags, kneeReplacement: true } },
      says: {
        en: /bone\s+around\s+an\s+artificial\s+joint/,
        fr: /os\s+autour\s+d’une\s+articulation\s+artificielle/,
      },
    },
    {
      name: "a head knock when the knee was injured",
      answers: { ...base, injury: injured, redFlags: { ...base.redFlags, headInjuryOrConfusion: true } },
      says: { en: /EMERGENCY.*hit\s+your\s+head/s, fr: /URGENCE.*cogné\s+la\s+tête/s },
    },
    {
      name: "a tender calf while on the pill",
      answers: {
        ...base,
        redFlags: { ...base.redFlags, calfTenderWithoutCause: true, clotRiskHormonal: true },
      },
      says: {
        en: /within\s+hours.*the\s+pill/s,
        fr: /dans\s+les\s+heures\s+qui\s+viennent.*la\s+pilule/s,
      },
    },
  );

  it.each(cases)("$name", async ({ answers, says }) => {
    const dir = tempDir();
    writeFileSync(join(dir, "answers.json"), JSON.stringify(answers));
    for (const lang of ["en", "fr"] as const) {
      const check = await hipcheck(["check", "--answers", "answers.json", "--lang", lang], { cwd: dir });
      expect(check.code).toBe(3);
      expect(check.stdout).toMatch(says[lang]);
      expect(check.stdout).not.toContain(lang === "en" ? "hipcheck plan" : "hipcheck plan --answers FICHIER");
      const plan = await hipcheck(["plan", "--answers", "answers.json", "--lang", lang], { cwd: dir });
      expect(plan.code).toBe(3);
      expect(plan.stdout).toBe("");
      expect(plan.stderr).toMatch(says[lang]);
    }
  });
});

describe("hipcheck check: version 1 answers files", () => {
  /** A file written before version 2: `version: 1`, without the questions added since. */
  const version1 = (answers: Answers): string => {
    const added: readonly string[] = [...RED_FLAG_QUESTIONS_ADDED_IN_V2, ...RED_FLAG_QUESTIONS_ADDED_LATER];
    const redFlags = Object.fromEntries(Object.entries(answers.redFlags).filter(([q]) => !added.includes(q)));
    return JSON.stringify({ ...answers, version: 1, redFlags });
  };

  it("reads a version 1 file, says which safety questions were never asked, and saves it as version 2", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "old.json"), version1(personas.runnerPfp));
    const run = await hipcheck(["check", "--answers", "old.json", "--save", "new.json"], { cwd: dir });
    expect(run.code).toBe(0);
    // Giving way without an injury (version 2), a tender calf and the three about a clot's risk (added later).
    expect(run.stdout.replace(/\s+/g, " ")).toContain(
      "5 safety questions were added since these answers were given",
    );
    const saved = JSON.parse(readFileSync(join(dir, "new.json"), "utf8")) as { version: number };
    expect(saved.version).toBe(2);
    expect(AnswersSchema.parse(saved).redFlagsNotAsked).toEqual([...RED_FLAG_QUESTIONS_ADDED_IN_V2]);
  });

  it("still stops a version 1 file's warning sign", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "old.json"), version1(personas.redFlagPerson));
    const run = await hipcheck(["plan", "--answers", "old.json"], { cwd: dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/emergency department/i);
  });
});

describe("hipcheck check and plan show the screen's cautions, in both languages", () => {
  const writeAnswers = (answers: unknown): string => {
    const dir = tempDir();
    writeFileSync(join(dir, "answers.json"), JSON.stringify(answers));
    return dir;
  };
  const flat = (text: string): string => text.replace(/\s+/g, " ");

  it("a clot risk factor: the program goes ahead with the signs to act on", async () => {
    const dir = writeAnswers({
      ...personas.runnerPfp,
      redFlags: { ...personas.runnerPfp.redFlags, clotRiskImmobility: true },
    });
    for (const [lang, says] of [
      ["en", "Your risk of a blood clot in a leg vein is higher than usual"],
      ["fr", "Votre risque de caillot dans une veine de la jambe est plus élevé que d’habitude"],
    ] as const) {
      const check = await hipcheck(["check", "--answers", "answers.json", "--lang", lang], { cwd: dir });
      expect(check.code).toBe(0);
      expect(flat(check.stdout)).toContain(says);
      const plan = await hipcheck(["plan", "--answers", "answers.json", "--lang", lang], { cwd: dir });
      expect(plan.code).toBe(0);
      expect(flat(plan.stdout)).toContain(says);
    }
  });

  it("answers from before the newest questions: asked to answer them, in check and in plan", async () => {
    const added: readonly string[] = RED_FLAG_QUESTIONS_ADDED_LATER;
    const redFlags = Object.fromEntries(
      Object.entries(personas.frenchTriathlete.redFlags).filter(([q]) => !added.includes(q)),
    );
    const dir = writeAnswers({ ...personas.frenchTriathlete, redFlags });
    const says = {
      en: "4 safety questions were added since these answers were given and never asked.",
      fr: "4 questions de sécurité ont été ajoutées depuis ces réponses et n’ont pas été posées.",
    };
    for (const lang of ["en", "fr"] as const) {
      const check = await hipcheck(["check", "--answers", "answers.json", "--lang", lang], { cwd: dir });
      expect(check.code).toBe(0);
      expect(flat(check.stdout)).toContain(says[lang]);
      const plan = await hipcheck(["plan", "--answers", "answers.json", "--lang", lang], { cwd: dir });
      expect(plan.code).toBe(0);
      expect(flat(plan.stdout)).toContain(says[lang]);
    }
  });
});
