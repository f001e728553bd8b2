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
 * address to go to.
 */
export async function startCheckInAgain(store: LocalStore, reason: ChangeReason): Promise<string> {
  const answers = await loadAnswers(store);
  if (answers === undefined) {
    await saveCheckInDraft(store, storedDraft(emptyDraft()));
    return checkInPath("about");
  }
  const draft = draftFromAnswers(answers);
  if (reason === "new-injury") draft.injured = true;
  await saveCheckInDraft(store, storedDraft(draft));
  return checkInPath(reason === "new-injury" ? "safety" : "symptoms");
}
