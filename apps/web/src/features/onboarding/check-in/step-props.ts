import type { AnswersDraft } from "../answers-draft.js";

/** What every check-in step gets: the draft, and a way to change it (the change is kept on the device). */
export type StepProps = {
  readonly draft: AnswersDraft;
  readonly update: (change: (next: AnswersDraft) => void) => void;
};
