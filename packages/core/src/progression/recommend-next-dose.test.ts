import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findExercise } from "../knowledge/library.js";
import type { PlannedExercise } from "../program/schema.js";
import { addDays } from "../shared/dates.js";
import type { MorningCheckIn, SessionEntry, SessionLog } from "../sessions/schema.js";
import { personas } from "../personas/index.js";
import { exerciseLimits } from "../program/generate-program.js";
import { recommendNextDose } from "./recommend-next-dose.js";

/** Dana (mini band and mat, usual pain 4/10) in the strengthen phase of her program. */
const DANA = { limits: exerciseLimits(personas.runnerPfp, "strengthen") };

function planned(exerciseId: string): PlannedExercise {
  const exercise = findExercise(exerciseId);
  if (exercise === undefined) throw new Error(`${exerciseId} missing from the library`);
  return { exerciseId, dose: exercise.dose, block: "strength" };
}

/** Dana logs her sessions: `finalReps` on both legs in the last set, and pain during the exercise. */
function session(
  date: string,
  exerciseId: string,
  finalReps: number,
  painDuring = 2,
  painBefore?: number,
): SessionLog {
  const entry: SessionEntry = {
    exerciseId,
    sets: [
      { side: "left", reps: 10 },
      { side: "right", reps: 10 },
      { side: "left", reps: finalReps },
      { side: "right", reps: finalReps },
    ],
    painDuring,
    rpe: 5,
  };
  return {
    id: `log-${date}`,
    programId: "dana",
    plannedSessionId: null,
    date,
    kind: "strength",
    entries: [entry],
    completed: true,
    ...(painBefore === undefined ? {} : { painBefore }),
  };
}

const settled = (date: string, pain = 2): MorningCheckIn => ({ date, pain, settled: true });

describe("the 2-for-2 rule", () => {
  it("moves Dana from clamshell to banded clamshell after beating 10 reps by 2, twice in a row", () => {
    const history = [session("2026-03-02", "clamshell", 12), session("2026-03-05", "clamshell", 12)];
    const next = recommendNextDose(
      history,
      planned("clamshell"),
      [settled("2026-03-03"), settled("2026-03-06")],
      DANA,
    );
    expect(next.action).toBe("progress");
    expect(next.to).toBe("banded-clamshell");
    expect(next.reason.en).toBe(
      "You did 2 reps more than asked, twice in a row: next time, Banded clamshell.",
    );
    expect(next.reason.fr).toMatch(/deux fois de suite : la prochaine fois, /);
  });

  it("keeps Alex, who owns no band, on clamshell with more reps rather than a banded clamshell", () => {
    const history = [session("2026-03-02", "clamshell", 12), session("2026-03-05", "clamshell", 12)];
    const next = recommendNextDose(history, planned("clamshell"), [], {
      limits: exerciseLimits(personas.deskWorker, "strengthen"),
    });
    expect(next).toMatchObject({ action: "progress", to: { mode: "reps", reps: 12 } });
    expect(next.reason.en).toBe(
      "You did 2 reps more than asked, twice in a row, and Banded clamshell needs equipment you have not listed: next time, 3 × 12 reps per side, rest 30 s.",
    );
    expect(next.reason.fr).toMatch(
      /Coquillage avec élastique demande du matériel que vous n'avez pas indiqué/,
    );
  });

  it("keeps Dana, whose knee still hurts 4/10, off the step-up that loads the knee more in her first weeks", () => {
    const withStep = { ...personas.runnerPfp, equipment: [...personas.runnerPfp.equipment, "step" as const] };
    const history = [session("2026-03-02", "hip-hike", 12), session("2026-03-05", "hip-hike", 12)];
    const early = recommendNextDose(history, planned("hip-hike"), [], {
      limits: exerciseLimits(withStep, "wake-up"),
    });
    expect(early).toMatchObject({ action: "progress", to: { mode: "reps", reps: 12 } });
    expect(early.reason.en).toMatch(/Lateral step-up loads the knee more than your pain allows for now/);
    const later = recommendNextDose(history, planned("hip-hike"), [], {
      limits: exerciseLimits(withStep, "strengthen"),
    });
    expect(later).toMatchObject({ action: "progress", to: "lateral-step-up" });
  });

  it("keeps clamshell when only one of the two sessions beat the target by 2", () => {
    const history = [session("2026-03-02", "clamshell", 11), session("2026-03-05", "clamshell", 12)];
    const next = recommendNextDose(history, planned("clamshell"), [], DANA);
    expect(next.action).toBe("keep");
    expect(next.to).toBeUndefined();
  });

  it("needs the two sessions in a row on the same step: a banded session in between resets the count", () => {
    const history = [
      session("2026-03-02", "clamshell", 12),
      session("2026-03-04", "banded-clamshell", 8),
      session("2026-03-06", "clamshell", 12),
    ];
    expect(recommendNextDose(history, planned("clamshell"), [], DANA).action).toBe("keep");
  });

  it("at the top of a body-weight ladder adds reps instead (side plank with abduction, 8 → 10)", () => {
    const history = [
      session("2026-03-02", "side-plank-abduction", 10),
      session("2026-03-05", "side-plank-abduction", 10),
    ];
    const next = recommendNextDose(history, planned("side-plank-abduction"), [], DANA);
    expect(next.action).toBe("progress");
    expect(next.to).toMatchObject({ mode: "reps", reps: 10 });
    expect(next.reason.en).toMatch(/next time, 3 × 10 reps per side/);
  });

  it("at the top of the standing band ladder moves to the next band colour", () => {
    const history = [
      session("2026-03-02", "band-side-kick", 22),
      session("2026-03-05", "band-side-kick", 22),
    ];
    const next = recommendNextDose(history, planned("band-side-kick"), [], DANA);
    expect(next.action).toBe("progress");
    expect(next.to).toBeUndefined();
    expect(next.reason.en).toMatch(/next, stronger band colour/);
    expect(next.reason.fr).toMatch(/couleur suivante/);
  });

  it("with no session logged yet, keeps the planned dose and says so", () => {
    const next = recommendNextDose([], planned("clamshell"), [], DANA);
    expect(next).toMatchObject({ action: "keep" });
    expect(next.reason.en).toMatch(/^No session of Clamshell logged yet/);
  });
});

describe("pain gating (pain-monitoring model)", () => {
  it("accepts pain of 5/10 during the exercise", () => {
    const history = [session("2026-03-02", "banded-clamshell", 10, 5)];
    expect(
      recommendNextDose(history, planned("banded-clamshell"), [settled("2026-03-03")], DANA).action,
    ).toBe("keep");
  });

  it("steps Dana back to clamshell when her knee hurt 6/10 during banded clamshell", () => {
    const history = [session("2026-03-02", "banded-clamshell", 10, 6)];
    const next = recommendNextDose(history, planned("banded-clamshell"), [settled("2026-03-03")], DANA);
    expect(next).toMatchObject({ action: "regress", to: "clamshell" });
    expect(next.reason.en).toMatch(
      /^Your knee hurt 6\/10 during Banded clamshell, more than the 5\/10 that is acceptable: we step back to Clamshell\.$/,
    );
  });

  it("steps back when the knee had not settled by the next morning, even with little pain during", () => {
    const history = [session("2026-03-02", "banded-clamshell", 12, 3)];
    const next = recommendNextDose(
      history,
      planned("banded-clamshell"),
      [{ date: "2026-03-03", pain: 4, settled: false }],
      DANA,
    );
    expect(next).toMatchObject({ action: "regress", to: "clamshell" });
    expect(next.reason.en).toBe("Your knee had not settled by the next morning: we step back to Clamshell.");
    expect(next.reason.fr).toBe(
      `Votre genou ne s'était pas calmé le lendemain matin : on revient à ${findExercise("clamshell")?.name.fr ?? ""}.`,
    );
  });

  it("reduces the dose at the bottom of a ladder (clamshell 10 → 8 reps)", () => {
    const history = [session("2026-03-02", "clamshell", 10, 7)];
    const next = recommendNextDose(history, planned("clamshell"), [], DANA);
    expect(next).toMatchObject({ action: "regress", to: { mode: "reps", reps: 8 } });
  });

  it("reduces the same exercise when morning pain rises week on week", () => {
    const checkIns = Array.from({ length: 14 }, (_, day) =>
      settled(addDays("2026-03-01", day), day < 7 ? 1 : 2),
    );
    const history = [session("2026-03-10", "banded-clamshell", 12, 2, 2)];
    const next = recommendNextDose(history, planned("banded-clamshell"), checkIns, DANA);
    expect(next).toMatchObject({ action: "regress", to: { mode: "reps", reps: 8 } });
    expect(next.reason.en).toMatch(/risen from one week to the next/);
  });

  it("stops and asks for the warning-sign questions again after a sharp rise in morning pain", () => {
    const checkIns = [
      settled("2026-03-01", 2),
      settled("2026-03-02", 2),
      { date: "2026-03-03", pain: 6, settled: false },
    ];
    const next = recommendNextDose(
      [session("2026-03-02", "clamshell", 12)],
      planned("clamshell"),
      checkIns,
      DANA,
    );
    expect(next.action).toBe("stop");
    expect(next.to).toBeUndefined();
    expect(next.reason.en).toMatch(/answer the warning-sign questions again/);
  });

  it("does not act twice on what a revision already handled", () => {
    const history = [session("2026-03-02", "banded-clamshell", 10, 6)];
    const next = recommendNextDose(history, planned("clamshell"), [], { ...DANA, since: "2026-03-02" });
    expect(next.action).toBe("keep");
  });

  it("property: pain during above 5 never progresses; 5 or less with a settled morning never regresses", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 20 }), (pain, finalReps) => {
        const history = [
          session("2026-03-02", "banded-clamshell", finalReps, pain),
          session("2026-03-05", "banded-clamshell", finalReps, pain),
        ];
        const next = recommendNextDose(
          history,
          planned("banded-clamshell"),
          [settled("2026-03-03"), settled("2026-03-06")],
          DANA,
        );
        if (pain > 5) expect(next.action).toBe("regress");
        else expect(next.action).toBe(finalReps >= 12 ? "progress" : "keep");
      }),
    );
  });

  it("property: every recommendation explains itself in English and French", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "clamshell",
          "banded-clamshell",
          "side-plank",
          "band-lateral-walk",
          "wall-sit",
          "pigeon",
        ),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 25 }),
        fc.boolean(),
        (exerciseId, pain, finalReps, morningSettled) => {
          const history = [
            session("2026-03-02", exerciseId, finalReps, pain),
            session("2026-03-05", exerciseId, finalReps, pain),
          ];
          const next = recommendNextDose(
            history,
            planned(exerciseId),
            [{ date: "2026-03-06", pain: 2, settled: morningSettled }],
            DANA,
          );
          expect(next.reason.en.length).toBeGreaterThan(10);
          expect(next.reason.fr.length).toBeGreaterThan(10);
          expect(next.reason.fr).not.toBe(next.reason.en);
        },
      ),
    );
  });
});
