import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AnswersSchema } from "../intake/answers.js";
import { screenRedFlags } from "../screening/red-flags.js";
import { evaluateSelfCheck } from "../screening/self-check.js";
import { personas, type PersonaName } from "./index.js";

const repoRoot = new URL("../../../../", import.meta.url);
const examplesDir = new URL("examples/answers/", repoRoot);
const fileNameOf = (name: string): string => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.json`;
const NAMES = Object.keys(personas) as PersonaName[];

describe("personas", () => {
  it.each(NAMES)("%s is a complete answers file that the schema accepts unchanged", (name) => {
    const parsed = AnswersSchema.safeParse(personas[name]);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(personas[name]);
  });

  it.each(NAMES)("examples/answers/%s parses with AnswersSchema and equals the persona in code", (name) => {
    const text = readFileSync(new URL(fileNameOf(name), examplesDir), "utf8");
    const parsed = AnswersSchema.safeParse(JSON.parse(text));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(personas[name]);
  });

  it("every file in examples/answers belongs to a persona", () => {
    const files = readdirSync(examplesDir).filter((file) => file.endsWith(".json"));
    expect(files.sort()).toEqual(NAMES.map(fileNameOf).sort());
  });

  it.each(NAMES)("docs/answers-file.md shows %s exactly as in code", (name) => {
    const doc = readFileSync(new URL("docs/answers-file.md", repoRoot), "utf8");
    const heading = `(\`examples/answers/${fileNameOf(name)}\`)`;
    const afterHeading = doc.slice(doc.indexOf(heading));
    const block = /```json\n([\s\S]*?)```/.exec(afterHeading)?.[1];
    expect(doc).toContain(heading);
    expect(JSON.parse(block ?? "null")).toEqual(personas[name]);
  });
});

describe("each persona is who its name says", () => {
  it("Dana, runnerPfp: right kneecap pain on stairs down and long sitting, long run Sunday, mini band and mat", () => {
    const dana = personas.runnerPfp;
    expect(dana.symptoms?.knee).toBe("right");
    expect(dana.symptoms?.locations).toContain("around-kneecap");
    expect(dana.symptoms?.aggravators).toEqual(expect.arrayContaining(["stairs-down", "long-sitting"]));
    expect(dana.activities).toEqual([expect.objectContaining({ sport: "running", hardDays: ["sun"] })]);
    expect(dana.equipment).toEqual(expect.arrayContaining(["mini-band", "mat"]));
  });

  it("Marco, cyclistItb: outer left knee, foam roller, rides Saturday and Sunday", () => {
    const marco = personas.cyclistItb;
    expect(marco.symptoms).toMatchObject({ knee: "left", locations: ["outer-knee"] });
    expect(marco.equipment).toContain("foam-roller");
    expect(marco.activities).toEqual([
      expect.objectContaining({ sport: "cycling", hardDays: ["sat", "sun"] }),
    ]);
  });

  it("Priya, yogaTeacherNoPain: no symptoms, blocks, strap, mat and therapy balls", () => {
    const priya = personas.yogaTeacherNoPain;
    expect(priya.symptoms).toBeNull();
    expect([...priya.equipment].sort()).toEqual(["mat", "therapy-balls", "yoga-block", "yoga-strap"]);
    expect(priya.activities[0]?.sport).toBe("yoga");
  });

  it("Sam, redFlagPerson: a hot swollen knee with fever is an emergency", () => {
    expect(screenRedFlags(personas.redFlagPerson)).toMatchObject({
      tier: "emergency",
      selfManagementAllowed: false,
    });
  });

  it("Ruth, injuredOttawa: fell 2 days ago at 58, so the Ottawa rules send her for an X-ray", () => {
    const ruth = personas.injuredOttawa;
    expect(ruth.person.ageYears).toBe(58);
    expect(ruth.injury?.daysAgo).toBe(2);
    expect(screenRedFlags(ruth)).toMatchObject({
      tier: "urgent",
      ottawa: { status: "x-ray-indicated", criteria: ["age-55-or-over"] },
    });
  });

  it("Alex, deskWorker: sits all day, back pain, walks, no equipment", () => {
    const alex = personas.deskWorker;
    expect(evaluateSelfCheck(alex.selfCheck)).toMatchObject({
      lookAtHipBalance: true,
      yesTo: ["sits", "back-pain"],
    });
    expect(alex.activities.map((activity) => activity.sport)).toEqual(["walking"]);
    expect(alex.equipment).toEqual([]);
  });

  it("Camille, frenchTriathlete: reads French, swims, rides and runs", () => {
    const camille = personas.frenchTriathlete;
    expect(camille.person.language).toBe("fr");
    expect(camille.activities.map((activity) => activity.sport)).toEqual(["swimming", "cycling", "running"]);
  });
});
