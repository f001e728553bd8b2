/**
 * The server keeps each check-in's answers, so a person who opens HipCheck on a new phone starts the next check-in
 * from what they last told, on either database. Answers stored before version 2 are read as version 2, with the
 * safety questions they never asked listed.
 */
import { RED_FLAG_QUESTIONS_ADDED_IN_V2, type Answers } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { expect, it } from "vitest";
import { openFixture, unwrap } from "../testing/hipcheck-fixture.js";
import { describeOnBothDialects } from "../testing/test-databases.js";

/** Dana's answers as a check-in before version 2 wrote them. */
function asVersion1(answers: Answers): Record<string, unknown> {
  const added: readonly string[] = RED_FLAG_QUESTIONS_ADDED_IN_V2;
  const redFlags = Object.fromEntries(
    Object.entries(answers.redFlags).filter(([question]) => !added.includes(question)),
  );
  const fields = Object.entries(answers).filter(([field]) => field !== "redFlagsNotAsked");
  return { ...Object.fromEntries(fields), version: 1, redFlags };
}

describeOnBothDialects("the latest check-in's answers", (openFresh) => {
  it("are none before a check-in, then the latest one's, for Dana and her coach, never for someone else", async () => {
    const { hipcheck, clock, account } = await openFixture(await openFresh());
    const dana = await account("dana@example.org");
    const maya = await account("maya@clinic.example", "coach");
    const leo = await account("leo@example.org");
    expect(unwrap(await hipcheck.getLatestAnswers(dana, {}))).toBeNull();

    unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
    clock.advanceDays(3);
    const worse = {
      ...personas.runnerPfp,
      symptoms: { ...personas.runnerPfp.symptoms!, painNow: 6, painUsual: 5, painWorst: 7 },
    };
    const second = unwrap(await hipcheck.submitCheckIn(dana, { answers: worse }));
    const latest = unwrap(await hipcheck.getLatestAnswers(dana, {}));
    expect(latest).toEqual({ checkInId: second.checkInId, date: second.date, answers: worse });

    const invitation = unwrap(await hipcheck.createInvitation(maya, {}));
    unwrap(await hipcheck.acceptInvitation(dana, { code: invitation.code }));
    expect(unwrap(await hipcheck.getLatestAnswers(maya, { personId: dana.accountId }))).toEqual(latest);
    const refused = await hipcheck.getLatestAnswers(leo, { personId: dana.accountId });
    expect(refused.ok ? "shown" : refused.error.kind).toBe("not-found");
  });

  it("stored as version 1 are read as version 2, the questions never asked listed", async () => {
    const storage = await openFresh();
    const { hipcheck, account } = await openFixture(storage);
    const dana = await account("dana@example.org");
    const sent = unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
    // The row as a check-in made before version 2 left it.
    await storage.db
      .updateTable("check_ins")
      .set({ answers_json: JSON.stringify(asVersion1(personas.runnerPfp)) })
      .where("id", "=", sent.checkInId)
      .execute();
    const latest = unwrap(await hipcheck.getLatestAnswers(dana, {}));
    expect(latest?.answers.version).toBe(2);
    expect(latest?.answers.redFlagsNotAsked).toEqual([...RED_FLAG_QUESTIONS_ADDED_IN_V2]);
    expect(latest?.answers.redFlags).toEqual(personas.runnerPfp.redFlags);
  });
});
