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

  it("speaks of the client in the third person to the coach, by name or as 'this client', never as 'you'", () => {
    const downhill = personas.runnerPfp.symptoms;
    if (downhill === null) throw new Error("Dana has symptoms");
    const answers = {
      ...personas.runnerPfp,
      symptoms: { ...downhill, aggravators: [...downhill.aggravators, "downhill" as const] },
    };
    const named = loadManagementNote(answers, { kind: "coach", clientName: "Dana" });
    expect(named?.en).toContain("Dana runs 4 times a week, about 45 minutes each time.");
    expect(named?.en).toContain("Dana's runs on Sunday should be no longer and no harder than the others");
    expect(named?.en).toContain("no week more than about 30% above Dana's usual week");
    expect(named?.fr).toContain("Dana court 4 fois par semaine, environ 45 minutes à chaque fois.");
    expect(named?.fr).toContain("les sorties de course de Dana le dimanche ne doivent pas");
    const unnamed = loadManagementNote(answers, { kind: "coach", clientName: null });
    expect(unnamed?.en).toMatch(/^This client runs 4 times a week/);
    expect(unnamed?.fr).toMatch(/^Cette personne court 4 fois par semaine/);
    expect(unnamed?.fr).toContain("la semaine habituelle de cette personne");
    for (const note of [named, unnamed]) {
      expect(note?.en).not.toMatch(/\b(you|your)\b/i);
      expect(note?.fr).not.toMatch(/\b(vous|votre|vos)\b/i);
      expect(note?.fr).not.toMatch(/[^ \u00a0\u202f][:?!](\s|$)/u);
    }
  });

  it("gives the coach the same advice as the person: the same figures and the same number of sentences", () => {
    const forPerson = loadManagementNote(personas.cyclistItb);
    const forCoach = loadManagementNote(personas.cyclistItb, { kind: "coach", clientName: "Marco" });
    const figures = (text = "") => text.match(/\d+/g);
    expect(figures(forCoach?.en)).toEqual(figures(forPerson?.en));
    expect(figures(forCoach?.fr)).toEqual(figures(forPerson?.fr));
    expect(forCoach?.en.split(". ").length).toBe(forPerson?.en.split(". ").length);
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
    expect(PAIN_CEILING.fr).toContain("Pourquoi 5 sur 10\u00a0?");
  });

  it("writes French with a space before : ? and ! in every reason of every persona's program", () => {
    for (const answers of Object.values(personas)) {
      const result = generateProgram(answers, { startDate: "2026-03-02" });
      if (!result.ok) continue;
      for (const reason of result.value.rationale) expect(reason.fr).not.toMatch(/\S[:?!](\s|$)/);
    }
  });
});
