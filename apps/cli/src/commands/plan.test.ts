import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ProgramSchema } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { hipcheck, tempDir } from "../../test/kit.js";
import { nextMonday } from "./plan.js";

const runner = "examples/answers/runner-pfp.json";

describe("hipcheck plan", () => {
  it("prints the runner's program week by week from the start date, with its reasons and the pain rule", async () => {
    const run = await hipcheck(["plan", "--answers", runner, "--start", "2026-12-01"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Your 6-week hip program, from Tue 2026-12-01");
    for (let week = 1; week <= 6; week += 1) expect(run.stdout).toContain(`Week ${week}`);
    expect(run.stdout).toContain("Why it looks like this:");
    expect(run.stdout).toContain("Warm-up before runs and rides:");
    expect(run.stdout).toMatch(/Pain rule: .*5\/10/);
  });

  it("is the same program every time for the same answers (JSON, valid against the schema)", async () => {
    const first = await hipcheck(["plan", "--answers", runner, "--start", "2026-12-01", "--json"]);
    const second = await hipcheck(["plan", "--answers", runner, "--start", "2026-12-01", "--json"]);
    expect(first.stdout).toBe(second.stdout);
    const program = ProgramSchema.parse(JSON.parse(first.stdout));
    expect(program.startDate).toBe("2026-12-01");
    expect(program.weeks).toBe(6);
  });

  it("starts next Monday when no start date is given", async () => {
    const run = await hipcheck(["plan", "--answers", runner, "--json"], { today: "2026-11-22" });
    expect(ProgramSchema.parse(JSON.parse(run.stdout)).startDate).toBe("2026-11-23");
    expect(nextMonday("2026-11-23")).toBe("2026-11-23");
  });

  it("refuses a program to the person with a red flag and says whom to see", async () => {
    const run = await hipcheck(["plan", "--answers", "examples/answers/red-flag-person.json"]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/emergency department/i);
  });

  it.each([
    [["plan"], /--answers FILE is required/],
    [["plan", "--answers", runner, "--start", "2026-02-30"], /--start: must be a calendar date/],
    [["plan", "--answers", runner, "--weeks", "20"], /--weeks: must be a whole number from 3 to 12/],
    [["plan", "--answers", runner, "--weeks", "six"], /--weeks: must be a whole number/],
  ])("rejects %j with a clear line", async (args, message) => {
    const run = await hipcheck(args);
    expect(run.code).toBe(65);
    expect(run.stderr).toMatch(message);
  });

  it("prints the plan in French for the French triathlete", async () => {
    const run = await hipcheck([
      "plan",
      "--answers",
      "examples/answers/french-triathlete.json",
      "--start",
      "2026-12-07",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Votre programme hanches de 6 semaines");
  });

  it("speaks French as a French physiotherapist writes it: block names in French, a space before each colon", async () => {
    const run = await hipcheck(["plan", "--answers", "examples/answers/french-triathlete.json"]);
    const exerciseLines = run.stdout.split("\n").filter((line) => /^ {4}\S/.test(line));
    expect(exerciseLines.length).toBeGreaterThan(10);
    for (const line of exerciseLines) {
      expect(line.trim().split(" ")[0]).toMatch(
        /^(relâchement|activation|équilibre|renforcement|étirement)$/,
      );
    }
    expect(run.stdout).not.toMatch(/^ {4}(release|strength|stretch|balance) /m);
    expect(run.stdout).toContain("Pourquoi ce programme\u00a0:");
    expect(run.stdout).toMatch(/Points d’étape \(refaire les tests et comparer\)\s: semaine/);
    expect(run.stdout).toContain("Échauffement avant la course ou le vélo\u00a0:");
    expect(run.stdout).not.toMatch(/[^ \u00a0]:( |$)/m);
  });

  it("keeps a column between a long exercise name and its dose", async () => {
    const run = await hipcheck(["plan", "--answers", "examples/answers/french-triathlete.json"]);
    expect(run.stdout).toMatch(/Rouleau en mousse\u00a0: face externe de la cuisse {2,}\d/);
  });

  it("gives a teenager the program with the caution for growing bones first", async () => {
    const dir = tempDir();
    const teen = { ...personas.runnerPfp, person: { ...personas.runnerPfp.person, ageYears: 15 } };
    writeFileSync(join(dir, "teen.json"), JSON.stringify(teen));
    const run = await hipcheck(["plan", "--answers", "teen.json", "--lang", "fr"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Avant de commencer\s:\n {2}- Pour un adolescent\s: les os sont encore en croissance/,
    );
    expect(run.stdout).toContain("Votre programme hanches");
  });

  it("names beside the program a sign worth a clinician's look that does not stop it, with where to go", async () => {
    const dir = tempDir();
    const hip = {
      ...personas.runnerPfp,
      redFlags: { ...personas.runnerPfp.redFlags, childLimpOrHipPain: true },
    };
    writeFileSync(join(dir, "hip.json"), JSON.stringify(hip));
    const run = await hipcheck(["plan", "--answers", "hip.json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Before you start:/);
    expect(run.stdout.replace(/\s+/g, " ")).toContain("ask them to examine the hip as well as the knee");
  });
});
