import { describe, expect, it } from "vitest";
import { personas } from "../personas/index.js";
import { PAIN_CEILING } from "../progression/pain-rule.js";
import { generateProgram } from "./generate-program.js";
import { loadManagementNote } from "./load-management-note.js";

describe("loadManagementNote", () => {
  it("tells Dana, who runs four times a week with a Sunday long run, what to hold back while her knee settles", () => {
    const note = loadManagementNote(personas.runnerPfp);
    expect(note?.en).toContain("You run 4 times a week, about 45 minutes each time.");
    expect(note?.en).toContain("keep your runs on Sunday no longer and no harder than the others");
    expect(note?.en).toContain("knee pain at 5/10 or less during the session and back to your usual level");
    expect(note?.en).toContain("no week more than about 30% above your usual week");
    expect(note?.fr).toContain("Vous courez 4 fois par semaine, environ 45 minutes à chaque fois.");
    expect(note?.fr).toContain("vos sorties de course le dimanche ne doivent pas être plus longues");
  });

  it("tells Marco the cyclist about his weekend rides", () => {
    const note = loadManagementNote(personas.cyclistItb);
    expect(note?.en).toContain("You ride twice a week, about 120 minutes each time.");
    expect(note?.en).toContain(
      "keep your rides on Saturday and Sunday no longer and no harder than the others",
    );
    expect(note?.en).not.toContain("Downhill");
  });

  it("asks a runner whose knee hurts going downhill to choose flat routes", () => {
    const symptoms = personas.runnerPfp.symptoms;
    if (symptoms === null) throw new Error("Dana has symptoms");
    const note = loadManagementNote({
      ...personas.runnerPfp,
      symptoms: { ...symptoms, aggravators: [...symptoms.aggravators, "downhill"] },
    });
    expect(note?.en).toContain("choose flat routes");
    expect(note?.fr).toContain("choisissez des parcours plats");
  });

  it("says nothing to someone without knee pain, or who neither runs nor rides", () => {
    expect(loadManagementNote(personas.yogaTeacherNoPain)).toBeUndefined();
    expect(
      loadManagementNote({
        ...personas.runnerPfp,
        activities: [{ sport: "swimming", sessionsPerWeek: 3, minutesPerSession: 40, hardDays: [] }],
      }),
    ).toBeUndefined();
  });

  it("is part of the program's reasons, beside why the pain ceiling is 5/10", () => {
    const result = generateProgram(personas.runnerPfp, { startDate: "2026-03-02" });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.rationale).toContainEqual(loadManagementNote(personas.runnerPfp));
    expect(result.value.rationale).toContainEqual(PAIN_CEILING);
    expect(PAIN_CEILING.en).toContain("Why 5 out of 10?");
    expect(PAIN_CEILING.fr).toContain("Pourquoi 5 sur 10 ?");
  });

  it("writes French with a space before : ? and ! in every reason of every persona's program", () => {
    for (const answers of Object.values(personas)) {
      const result = generateProgram(answers, { startDate: "2026-03-02" });
      if (!result.ok) continue;
      for (const reason of result.value.rationale) expect(reason.fr).not.toMatch(/\S[:?!](\s|$)/);
    }
  });
});
