import type { LocalStore } from "../../../offline/local-store.js";
import { loadAnswers, saveCheckInDraft } from "../../../offline/local-store.js";
import { draftFromAnswers, emptyDraft } from "../answers-draft.js";
import { checkInPath } from "./check-in-steps.js";
import { storedDraft } from "./stored-draft.js";

/** Why a person comes back to the check-in from Today. */
export type ChangeReason = "knee-worse" | "new-injury";

/**
 * Opens a new check-in from the last one this device sent, at the step the change concerns: a worse knee at the
 * symptoms, a new injury at the safety questions (answered "injured", the injury questions left open). Returns the
 * address to go to. The server keeps the screen of each check-in, not its answers, so a device that never sent one
 * starts from the first step.
 */
export async function startCheckInAgain(store: LocalStore, reason: ChangeReason): Promise<string> {
  const answers = await loadAnswers(store);
  const draft = answers === undefined ? emptyDraft() : draftFromAnswers(answers);
  if (reason === "new-injury") draft.injured = true;
  await saveCheckInDraft(store, storedDraft(draft));
  // A device that has not sent a check-in yet starts from the first step; the others are then passed on the way.
  if (answers === undefined) return checkInPath("about");
  return checkInPath(reason === "new-injury" ? "safety" : "symptoms");
}
