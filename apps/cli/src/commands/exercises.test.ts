import { describe, expect, it } from "vitest";
import { hipcheck } from "../../test/kit.js";

describe("hipcheck exercises", () => {
  it("lists the whole library, one exercise a line, with its dose", async () => {
    const run = await hipcheck(["exercises"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(30);
    expect(run.stdout).toMatch(/^band-side-kick +.*20 reps per side/m);
  });

  it("speaks French with --lang fr", async () => {
    const run = await hipcheck(["exercises", "--lang", "fr"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("répétitions");
  });

  it("names each exercise's category in the language asked for, never in the other one", async () => {
    const categoryOf = (stdout: string, id: string) =>
      stdout
        .split("\n")
        .find((line) => line.startsWith(`${id} `))
        ?.split(" · ")[1];
    const french = await hipcheck(["exercises", "--lang", "fr"]);
    expect(categoryOf(french.stdout, "therapy-ball-tfl")).toBe("relâchement");
    expect(categoryOf(french.stdout, "half-happy-baby")).toBe("mobilité");
    expect(categoryOf(french.stdout, "wall-leg-stretch")).toBe("étirement");
    expect(categoryOf(french.stdout, "tree-pose")).toBe("équilibre");
    expect(categoryOf(french.stdout, "banded-clamshell")).toBe("renforcement");
    expect(categoryOf(french.stdout, "clamshell")).toBe("activation");
    const frenchCategories = [
      "relâchement",
      "activation",
      "renforcement",
      "étirement",
      "équilibre",
      "mobilité",
    ];
    const lines = french.stdout.trim().split("\n");
    for (const line of lines) expect(frenchCategories).toContain(line.split(" · ")[1]);
    const english = await hipcheck(["exercises", "--lang", "en"]);
    expect(categoryOf(english.stdout, "therapy-ball-tfl")).toBe("release");
    expect(categoryOf(english.stdout, "banded-clamshell")).toBe("strength");
  });

  it("prints JSON that round-trips with --json", async () => {
    const run = await hipcheck(["exercises", "--json"]);
    const parsed = JSON.parse(run.stdout) as { id: string }[];
    expect(parsed.map((exercise) => exercise.id)).toContain("clamshell");
  });

  it("refuses a language it does not speak, as a usage error", async () => {
    const run = await hipcheck(["exercises", "--lang", "de"]);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain("Allowed choices are en, fr");
  });
});

describe("hipcheck exercise", () => {
  it("shows the seed's cues for the band side kick", async () => {
    const run = await hipcheck(["exercise", "band-side-kick"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/in line with the ankle/i);
    expect(run.stdout).toContain("Common errors");
    expect(run.stdout).toContain("it does not diagnose");
  });

  it("speaks French all through with --lang fr: muscles' roles and equipment in words, not ids", async () => {
    const run = await hipcheck(["exercise", "banded-clamshell", "--lang", "fr"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Moyen fessier \(moteur principal\)/);
    expect(run.stdout).toMatch(/Matériel\s: .*mini-bande/i);
    expect(run.stdout).not.toMatch(/\bprime-mover\b|\bsynergist\b|\bmini-band\b/);
  });

  it("marks the exercise's place on its ladder, by name in the reader's language", async () => {
    const run = await hipcheck(["exercise", "banded-clamshell"]);
    expect(run.stdout).toMatch(/Ladder: Clamshell → \[Banded clamshell\] → Side-lying leg lift/);
    const french = await hipcheck(["exercise", "banded-clamshell", "--lang", "fr"]);
    expect(french.stdout).toMatch(/Progression\s: Coquillage → \[/);
    expect(french.stdout).not.toMatch(/→ side-lying-leg-lift|\[banded-clamshell\]/);
  });

  it("says how well each piece of evidence was checked, in words of the reader's language", async () => {
    const french = await hipcheck(["exercise", "clamshell", "--lang", "fr"]);
    expect(french.stdout).toMatch(/532-540\s; vérifié\)/);
    const english = await hipcheck(["exercise", "clamshell"]);
    expect(english.stdout).toMatch(/532-540; verified\)/);
  });

  it("gives the pace of one repetition from core, the same figures as the player and the handout", async () => {
    const run = await hipcheck(["exercise", "bridge"]);
    expect(run.stdout).toContain("Pace of one rep: 2 s up, 2 s hold, 2 s down");
    const french = await hipcheck(["exercise", "step-down", "--lang", "fr"]);
    expect(french.stdout).toContain("Rythme d’une répétition\u00a0: descente 3 s, montée 2 s");
    const hold = await hipcheck(["exercise", "wall-sit"]);
    expect(hold.stdout).not.toContain("Pace of one rep");
  });

  it("names the exercise once, and gives its id on a line of its own", async () => {
    const run = await hipcheck(["exercise", "clamshell", "--lang", "fr"]);
    expect(run.stdout.split("\n")[0]).toBe("Coquillage");
    expect(run.stdout).toContain("Identifiant\u00a0: clamshell");
    expect(run.stdout).not.toContain("(clamshell) (clamshell)");
  });

  it("answers an unknown id with one line, a suggestion and the not-found exit code", async () => {
    const run = await hipcheck(["exercise", "clam"]);
    expect(run.code).toBe(66);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/no exercise "clam"\. Did you mean clamshell/);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
