import { describe, expect, it } from "vitest";
import { personas } from "../personas/index.js";
import { screenRedFlags } from "../screening/red-flags.js";
import { parseWith } from "../shared/parse.js";
import { AnswersSchema, AnswersV2Schema, RED_FLAG_QUESTIONS_ADDED_IN_V2, type Answers } from "./answers.js";

/** Dana's answers as the check-in wrote them before version 2: no version 2 questions, `version: 1`. */
function asVersion1(answers: Answers): Record<string, unknown> {
  const added: readonly string[] = RED_FLAG_QUESTIONS_ADDED_IN_V2;
  const redFlags = Object.fromEntries(
    Object.entries(answers.redFlags).filter(([question]) => !added.includes(question)),
  );
  const fields = Object.entries(answers).filter(([field]) => field !== "redFlagsNotAsked");
  return { ...Object.fromEntries(fields), version: 1, redFlags };
}

describe("AnswersSchema: versions", () => {
  it("reads a version 1 file unchanged and gives version 2, the new questions 'no' and marked as never asked", () => {
    const parsed = AnswersSchema.parse(asVersion1(personas.runnerPfp));
    expect(parsed.version).toBe(2);
    expect(parsed.redFlags).toEqual(personas.runnerPfp.redFlags);
    expect(parsed.redFlagsNotAsked).toEqual([...RED_FLAG_QUESTIONS_ADDED_IN_V2]);
    expect({ ...parsed, redFlagsNotAsked: undefined }).toEqual({
      ...personas.runnerPfp,
      redFlagsNotAsked: undefined,
    });
  });

  it("keeps a version 1 'yes' as it was", () => {
    const sam = AnswersSchema.parse(asVersion1(personas.redFlagPerson));
    expect(sam.redFlags.hotSwollenKneeWithFever).toBe(true);
    expect(screenRedFlags(sam).tier).toBe("emergency");
  });

  it("reads its own output again (an upgraded file saved and read back)", () => {
    const once = AnswersSchema.parse(asVersion1(personas.deskWorker));
    expect(AnswersSchema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });

  it("refuses a version 1 file that carries a version 2 question, naming the field", () => {
    const v1 = asVersion1(personas.runnerPfp);
    const withNew = { ...v1, redFlags: { ...(v1.redFlags as object), givesWayWithoutInjury: false } };
    const parsed = parseWith(AnswersSchema, withNew);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.message).toBe('redFlags: unknown field "givesWayWithoutInjury"');
    }
  });

  it("refuses a version 2 file missing a version 2 question, naming it", () => {
    const redFlags = Object.fromEntries(
      Object.entries(personas.runnerPfp.redFlags).filter(
        ([question]) => question !== "givesWayWithoutInjury",
      ),
    );
    const parsed = parseWith(AnswersSchema, { ...personas.runnerPfp, redFlags });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.message).toBe("redFlags.givesWayWithoutInjury: is required (boolean)");
    }
  });

  it("reports an unknown version as one sentence about the version", () => {
    const parsed = parseWith(AnswersSchema, { ...personas.runnerPfp, version: 3 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.message).toBe("version: must be 2 (the current version) or 1 (got 3)");
    }
  });

  it("every persona is a version 2 file", () => {
    for (const answers of Object.values(personas)) expect(AnswersV2Schema.parse(answers)).toEqual(answers);
  });
});

describe("screen of upgraded answers", () => {
  it("tells an adult that safety questions were added and asks for the check-in again, without stopping", () => {
    const dana = AnswersSchema.parse(asVersion1(personas.runnerPfp));
    const screen = screenRedFlags(dana);
    expect(screen.selfManagementAllowed).toBe(true);
    // Not injured, 34: the one question for people without an injury applies; the injury and under-18 ones do not.
    expect(screen.cautions.map((caution) => caution.en)).toEqual([
      "One safety question was added since these answers were given and never asked. Answer the check-in again so the screen covers it.",
    ]);
    expect(screen.advice.fr).toContain("Une question de sécurité a été ajoutée");
  });

  it("counts the questions that apply: a teenager after an injury was never asked two", () => {
    const teen: Answers = {
      ...personas.runnerPfp,
      person: { ...personas.runnerPfp.person, ageYears: 15 },
      injury: {
        daysAgo: 20,
        tenderOnlyOnKneecap: false,
        tenderAtFibulaHead: false,
        cannotBendTo90: false,
        couldNotTakeFourSteps: false,
      },
    };
    const screen = screenRedFlags(AnswersSchema.parse(asVersion1(teen)));
    expect(screen.cautions.map((caution) => caution.en)).toContain(
      "2 safety questions were added since these answers were given and never asked. Answer the check-in again so the screen covers them.",
    );
  });
});
