import type { Answers } from "@hipcheck/core";
import type { ApiCall } from "../../../api/api-client.js";
import type { LocalStore } from "../../../offline/local-store.js";
import { saveCheckInDraft } from "../../../offline/local-store.js";
import { draftFromAnswers, emptyDraft } from "../answers-draft.js";
import { latestAnswers } from "../latest-answers.js";
import { forgetCheckInIds } from "./check-in-ids.js";
import { checkInPath } from "./check-in-steps.js";
import type { CheckInStep } from "./check-in-steps.js";
import { storedDraft } from "./stored-draft.js";

/**
 * Why a person comes back to the check-in: from Today (a worse knee, a new injury), a program paused by a sharp
 * rise in pain (the re-screen), or answers older than today's safety questions.
 */
export type ChangeReason = "knee-worse" | "new-injury" | "rescreen" | "new-questions";

/** The step each reason opens at: pain first when it changed, the safety questions when they are the point. */
const OPENS_AT: Readonly<Record<ChangeReason, CheckInStep>> = {
  "knee-worse": "symptoms",
  rescreen: "symptoms",
  "new-injury": "safety",
  "new-questions": "safety",
};

/**
 * Opens a new check-in from the latest one (the server keeps its answers, so any device can), at the step the
 * change concerns; a new injury is answered "injured", the injury questions left open; the safety questions are
 * always left unanswered, to be read again. It is a new check-in, sent under new ids even with the same answers.
 * Returns the address to go to. Before any check-in, the first step.
 */
export async function startCheckInAgain(
  call: ApiCall,
  store: LocalStore,
  reason: ChangeReason,
  known?: Answers,
): Promise<string> {
  const answers = known ?? (await latestAnswers(call, store));
  const draft = answers === undefined ? emptyDraft() : draftFromAnswers(answers);
  if (reason === "new-injury") draft.injured = true;
  await saveCheckInDraft(store, storedDraft(draft));
  forgetCheckInIds();
  // Without earlier answers every step is asked; the steps before the one opened are then passed on the way.
  return checkInPath(answers === undefined ? "about" : OPENS_AT[reason]);
}
