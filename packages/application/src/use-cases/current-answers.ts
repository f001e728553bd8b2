import { err, ok, type Answers, type HipError, type Result } from "@hipcheck/core";
import type { Repositories } from "../ports.js";

/** The answers a program is generated from: the latest check-in, updated with the person's current profile. */
export async function currentAnswers(
  repositories: Repositories,
  personId: string,
): Promise<Result<Answers, HipError>> {
  const current = await currentScreening(repositories, personId);
  return current.ok ? ok(current.value.answers) : current;
}

/**
 * `currentAnswers` and when the check-in they come from was made: what the progression rules read after every
 * write, from one read of the latest check-in (decision 0590).
 */
export async function currentScreening(
  repositories: Repositories,
  personId: string,
): Promise<Result<{ readonly answers: Answers; readonly screenedAt: string }, HipError>> {
  const latest = await repositories.checkIns.latestFor(personId);
  if (!latest) {
    return err({
      kind: "unprocessable",
      message: "Do the check-in first: the program is built from its answers.",
    });
  }
  // Red flags stop self-management until a newer screen allows it (docs/clinical §7).
  if (!latest.screen.selfManagementAllowed) {
    return err({
      kind: "needs-clinician",
      message: `${latest.screen.advice.en} A new program can be made after a new check-in that shows no urgent signs.`,
      details: { screen: latest.screen },
    });
  }
  const screenedAt = latest.createdAt;
  const profile = await repositories.profiles.find(personId);
  if (!profile || profile.updatedAt <= latest.createdAt) return ok({ answers: latest.answers, screenedAt });
  const answers = {
    ...latest.answers,
    person: { ...latest.answers.person, language: profile.language },
    equipment: [...profile.equipment],
    availableDays:
      profile.availableDays.length > 0 ? [...profile.availableDays] : latest.answers.availableDays,
  };
  return ok({ answers, screenedAt });
}
