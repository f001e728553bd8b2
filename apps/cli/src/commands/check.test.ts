import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AnswersSchema } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
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
    expect(run.stdout).toContain("Aucun signe d'alerte");
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
    ...Array<boolean>(17).fill(false), // red flags (the under-18 question is skipped at 41)
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
    const script = deskWorkerScript.slice(0, 26);
    script[8 + 4] = true; // footColdPaleOrNumb is the fifth red-flag question
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
