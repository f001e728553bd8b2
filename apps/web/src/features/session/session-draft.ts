/**
 * A session in progress, kept on the device after every change, so a reload, a closed tab or a phone that runs
 * out of battery loses nothing: the sets logged so far, pain and effort per exercise, where the person is, the
 * spoken-cue setting, and any exercise swapped because it hurt. It also holds the log's id, made once when the
 * session starts: however often "Finish and save" is pressed, the log has that id, and the server stores it once.
 */
import { DoseSchema, IsoDateSchema, LoggedSetSchema, PainScoreSchema, RpeSchema } from "@hipcheck/core";
import type { IsoDate, PlannedSession, SessionEntry, SessionLog } from "@hipcheck/core";
import { z } from "zod";
import { isAbovePainLine } from "./in-session-answer.js";

const AttemptSchema = z.object({
  exerciseId: z.string().min(1),
  sets: z.array(LoggedSetSchema),
  painDuring: PainScoreSchema,
  rpe: RpeSchema,
});

const SlotDraftSchema = AttemptSchema.omit({ exerciseId: true }).extend({
  /** Where the person is within the exercise's steps (sets, sides, rests). */
  stepIndex: z.number().int().min(0),
  /** Done instead of the planned exercise for the rest of this session, after pain above the line. */
  replacement: z.object({ exerciseId: z.string().min(1), dose: DoseSchema }).optional(),
  /** Attempts stopped for pain, oldest first: they stay in the log, since the rules read them. */
  stopped: z.array(AttemptSchema),
});
export type SlotDraft = z.infer<typeof SlotDraftSchema>;

const SessionDraftSchema = z.object({
  logId: z.string().min(1),
  programId: z.string().min(1),
  plannedSessionId: z.string().min(1),
  date: IsoDateSchema,
  /** The program's revision when the session started: the summary shows what changed after it. */
  revisionAtStart: z.number().int().min(0),
  /** The exercise on screen, by its place in the session. */
  index: z.number().int().min(0),
  speak: z.boolean(),
  slots: z.array(SlotDraftSchema),
  /** Set once the log is written to the device's outbox: the session is over, its summary is shown. */
  savedAt: z.string().optional(),
});
export type SessionDraft = z.infer<typeof SessionDraftSchema>;

export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const KEY = "hipcheck.session-in-progress";

export const EMPTY_SLOT: SlotDraft = { sets: [], painDuring: 0, rpe: 5, stepIndex: 0, stopped: [] };

export function startSessionDraft(input: {
  readonly programId: string;
  readonly session: PlannedSession;
  readonly logId: string;
  readonly date: IsoDate;
  readonly revisionAtStart: number;
}): SessionDraft {
  return {
    logId: input.logId,
    programId: input.programId,
    plannedSessionId: input.session.id,
    date: input.date,
    revisionAtStart: input.revisionAtStart,
    index: 0,
    speak: false,
    slots: input.session.exercises.map(() => EMPTY_SLOT),
  };
}

/** The draft of this planned session, if one is in progress on this device (a draft of another is ignored). */
export function loadSessionDraft(
  storage: DraftStorage,
  programId: string,
  plannedSessionId: string,
): SessionDraft | undefined {
  const text = storage.getItem(KEY);
  if (text === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = SessionDraftSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const draft = parsed.data;
  return draft.programId === programId && draft.plannedSessionId === plannedSessionId ? draft : undefined;
}

export function saveSessionDraft(storage: DraftStorage, draft: SessionDraft): void {
  storage.setItem(KEY, JSON.stringify(draft));
}

export function clearSessionDraft(storage: DraftStorage): void {
  storage.removeItem(KEY);
}

/**
 * The log of the session: one entry per exercise done, in the session's order. An exercise stopped for pain and
 * replaced gives two entries or more, the replacement first and the stopped attempts last, so that the pain which stopped
 * it is what the progression rules read last for that ladder (docs/decisions/0181).
 */
export function sessionLogOf(draft: SessionDraft, session: PlannedSession): SessionLog {
  const entries: SessionEntry[] = session.exercises.flatMap((planned, n) => {
    const slot = draft.slots[n];
    if (slot === undefined) return [];
    // An exercise left after its first painful rep has no set, and its pain still counts.
    const done: SessionEntry[] =
      slot.sets.length === 0 && !isAbovePainLine(slot.painDuring)
        ? []
        : [
            {
              exerciseId: slot.replacement?.exerciseId ?? planned.exerciseId,
              sets: slot.sets,
              painDuring: slot.painDuring,
              rpe: slot.rpe,
            },
          ];
    return [...done, ...slot.stopped];
  });
  return {
    id: draft.logId,
    programId: draft.programId,
    plannedSessionId: draft.plannedSessionId,
    date: draft.date,
    kind: session.kind,
    entries,
    completed: true,
  };
}
