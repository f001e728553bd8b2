/**
 * A session in progress, kept on the device after every change, so a reload, a closed tab or a phone that runs
 * out of battery loses nothing: the sets logged so far, pain and effort per exercise, the pain right after the
 * session, where the person is, the spoken-cue setting, and any exercise swapped because it hurt. It also holds the log's id, made once when the
 * session starts: however often "Finish and save" is pressed, the log has that id, and the server stores it once.
 *
 * Each exercise's work is kept under the planned exercise's identity (`plannedExerciseKey`), not its place in the
 * session, so a program revised while the session is open (a morning check-in on another device, a coach's edit)
 * keeps every logged set on the exercise it was done on (docs/decisions/0261).
 */
import { DoseSchema, IsoDateSchema, LoggedSetSchema, PainScoreSchema, RpeSchema } from "@hipcheck/core";
import type { Dose, IsoDate, PlannedSession, SessionEntry, SessionLog } from "@hipcheck/core";
import { z } from "zod";
import { isAbovePainLine } from "./in-session-answer.js";

const AttemptSchema = z.object({
  exerciseId: z.string().min(1),
  sets: z.array(LoggedSetSchema),
  painDuring: PainScoreSchema,
  rpe: RpeSchema,
});

const SlotDraftSchema = AttemptSchema.omit({ exerciseId: true }).extend({
  /** The planned exercise this work belongs to (`plannedExerciseKey`); absent in drafts kept before it existed. */
  key: z.string().min(1).optional(),
  /** The exercise and dose this work is done on: a revision may plan another rung or dose in its place. */
  exerciseId: z.string().min(1).optional(),
  dose: DoseSchema.optional(),
  /** Where the person is within the exercise's steps (sets, sides, rests). */
  stepIndex: z.number().int().min(0),
  /** Done instead of the planned exercise for the rest of this session, after pain above the line. */
  replacement: z.object({ exerciseId: z.string().min(1), dose: DoseSchema }).optional(),
  /** Attempts stopped for pain, oldest first: they stay in the log, since the rules read them. */
  stopped: z.array(AttemptSchema),
  /** Work done on this planned exercise before a revision changed the exercise or its dose: logged as done. */
  earlier: z.array(AttemptSchema).default([]),
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
  /** Work on exercises a revision took out of this session while it was open: still logged, never dropped. */
  retired: z.array(AttemptSchema).default([]),
  /** Pain in the knee right after the session, asked before it is saved; absent when the person leaves it unrated. */
  painAfter: PainScoreSchema.optional(),
  /** Set once the log is written to the device's outbox: the session is over, its summary is shown. */
  savedAt: z.string().optional(),
});
export type SessionDraft = z.infer<typeof SessionDraftSchema>;

export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

/** The device's keys of session drafts: one per planned session of an account, plus the unkeyed one of old. */
const KEY_PREFIX = "hipcheck.session-in-progress";

/**
 * Where an account's draft of one planned session is kept on the device: another account signed in on the same
 * device never reads it (decision 0720), and two sessions open at once, in two tabs, never share one (decision
 * 0811). Another tab's write of it arrives as a `storage` event under this key.
 */
export function sessionDraftKey(accountId: string, programId: string, plannedSessionId: string): string {
  return `${KEY_PREFIX}:${accountId}:${programId}:${plannedSessionId}`;
}

/** The key under which an account kept its one draft, before drafts were kept per planned session. */
const accountOnlyKey = (accountId: string): string => `${KEY_PREFIX}:${accountId}`;

const keysOf = (storage: Pick<Storage, "key" | "length">): string[] =>
  Array.from({ length: storage.length }, (_, n) => storage.key(n)).filter((key) => key !== null);

/**
 * Every draft the account keeps on this device, each read through its schema. A draft kept under the account
 * alone, before drafts were kept per session, is first moved under its session's key, so no work is lost.
 */
function accountDrafts(storage: DraftStorage, accountId: string): SessionDraft[] {
  const older = parsedDraft(storage.getItem(accountOnlyKey(accountId)));
  if (older !== undefined) {
    const key = sessionDraftKey(accountId, older.programId, older.plannedSessionId);
    if (storage.getItem(key) === null) storage.setItem(key, JSON.stringify(older));
  }
  storage.removeItem(accountOnlyKey(accountId));
  return keysOf(storage)
    .filter((key) => key.startsWith(`${accountOnlyKey(accountId)}:`))
    .flatMap((key) => parsedDraft(storage.getItem(key)) ?? []);
}

/** Removes the session drafts kept on the device, but for the account named in `keep` (sign-out, decision 0720). */
export function forgetSessionDrafts(
  storage: Pick<Storage, "key" | "length" | "removeItem">,
  keep?: string,
): void {
  const kept = keep === undefined ? undefined : accountOnlyKey(keep);
  for (const key of keysOf(storage)) {
    const account = key === KEY_PREFIX || key.startsWith(`${KEY_PREFIX}:`);
    const keptAccount = kept !== undefined && (key === kept || key.startsWith(`${kept}:`));
    if (account && !keptAccount) storage.removeItem(key);
  }
}

/** Removes the account's draft of one planned session: the person chose to start another without keeping it. */
export function forgetSessionDraft(storage: DraftStorage, accountId: string, draft: SessionDraft): void {
  storage.removeItem(sessionDraftKey(accountId, draft.programId, draft.plannedSessionId));
}

export const EMPTY_SLOT: SlotDraft = {
  sets: [],
  painDuring: 0,
  rpe: 5,
  stepIndex: 0,
  stopped: [],
  earlier: [],
};

/**
 * The identity of a planned exercise within its session, stable across revisions: its block and its ladder (a
 * step back or up changes the rung, not the ladder), or the exercise itself when it sits on no ladder. The
 * occurrence number separates the same identity planned twice.
 */
export function plannedExerciseKeys(session: PlannedSession): string[] {
  const seen = new Map<string, number>();
  return session.exercises.map((planned) => {
    const base = `${planned.block}/${planned.ladderId ?? planned.exerciseId}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return `${base}#${String(occurrence)}`;
  });
}

type Attempt = z.infer<typeof AttemptSchema>;

/** What was done in a slot, as log entries: earlier work first, then the current work, then stopped attempts. */
function attemptsOf(slot: SlotDraft, exerciseId: string): Attempt[] {
  const current =
    slot.sets.length === 0 && !isAbovePainLine(slot.painDuring)
      ? []
      : [{ exerciseId, sets: slot.sets, painDuring: slot.painDuring, rpe: slot.rpe }];
  return [...slot.earlier, ...current, ...slot.stopped];
}

function sameDose(a: Dose, b: Dose): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The draft laid out on the session as it is planned now. Work follows its planned exercise wherever the
 * revision moved it; work on an exercise whose rung or dose the revision changed is closed as done (`earlier`),
 * and the new rung or dose starts at its first step; work on an exercise the revision removed is kept aside for
 * the log (`retired`). The exercise on screen stays the one the person was on. A draft kept before slots had
 * keys is matched by position, as it was made.
 */
export function alignSessionDraft(draft: SessionDraft, session: PlannedSession): SessionDraft {
  const keys = plannedExerciseKeys(session);
  const byKey = new Map<string, SlotDraft>();
  draft.slots.forEach((slot, n) => {
    byKey.set(slot.key ?? keys[n] ?? `position-${String(n)}`, slot);
  });
  const currentSlot = draft.slots[draft.index];
  const currentKey = currentSlot?.key ?? keys[draft.index];
  const slots = session.exercises.map((planned, n): SlotDraft => {
    const key = keys[n] ?? "";
    const kept = byKey.get(key);
    byKey.delete(key);
    const fresh: SlotDraft = { ...EMPTY_SLOT, key, exerciseId: planned.exerciseId, dose: planned.dose };
    if (kept === undefined) return fresh;
    const doneOn = kept.exerciseId ?? planned.exerciseId;
    const unchanged =
      kept.replacement !== undefined ||
      (doneOn === planned.exerciseId && (kept.dose === undefined || sameDose(kept.dose, planned.dose)));
    if (unchanged) return { ...kept, key, exerciseId: doneOn, dose: kept.dose ?? planned.dose };
    return { ...fresh, earlier: attemptsOf(kept, doneOn) };
  });
  const retired = [...draft.retired];
  for (const orphan of byKey.values()) {
    const doneOn = orphan.replacement?.exerciseId ?? orphan.exerciseId;
    if (doneOn !== undefined) retired.push(...attemptsOf(orphan, doneOn));
  }
  const found = currentKey === undefined ? -1 : keys.indexOf(currentKey);
  return { ...draft, slots, retired, index: found === -1 ? Math.min(draft.index, slots.length - 1) : found };
}

export function startSessionDraft(input: {
  readonly programId: string;
  readonly session: PlannedSession;
  readonly logId: string;
  readonly date: IsoDate;
  readonly revisionAtStart: number;
}): SessionDraft {
  const keys = plannedExerciseKeys(input.session);
  return {
    logId: input.logId,
    programId: input.programId,
    plannedSessionId: input.session.id,
    date: input.date,
    revisionAtStart: input.revisionAtStart,
    index: 0,
    speak: false,
    slots: input.session.exercises.map((planned, n) => ({
      ...EMPTY_SLOT,
      key: keys[n],
      exerciseId: planned.exerciseId,
      dose: planned.dose,
    })),
    retired: [],
  };
}

/** The draft of this planned session, if one is in progress on this device (a draft of another is ignored). */
export function loadSessionDraft(
  storage: DraftStorage,
  accountId: string,
  programId: string,
  plannedSessionId: string,
): SessionDraft | undefined {
  return accountDrafts(storage, accountId).find(
    (draft) => draft.programId === programId && draft.plannedSessionId === plannedSessionId,
  );
}

/**
 * The account's sessions in progress on this device, latest started first: those never saved that hold work the
 * log would keep (sets, an attempt stopped for pain, pain above the line, the pain after).
 */
function sessionsInProgress(storage: DraftStorage, accountId: string): SessionDraft[] {
  return accountDrafts(storage, accountId)
    .filter((draft) => draft.savedAt === undefined && holdsWork(draft))
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** The account's sessions in progress but this one, each with whether another tab holds it open (decision 0891). */
function otherSessionsInProgress(
  storage: DraftStorage,
  accountId: string,
  programId: string,
  plannedSessionId: string,
  openElsewhere: ReadonlySet<string>,
): { readonly draft: SessionDraft; readonly elsewhere: boolean }[] {
  return sessionsInProgress(storage, accountId)
    .filter((draft) => draft.programId !== programId || draft.plannedSessionId !== plannedSessionId)
    .map((draft) => ({
      draft,
      elsewhere: openElsewhere.has(sessionDraftKey(accountId, draft.programId, draft.plannedSessionId)),
    }));
}

/**
 * Another session left part way on this device (decision 0780): a kept draft of another planned session that was
 * never saved and holds work. Its work never reaches the rules until it is saved, so the player asks first. A
 * session another tab of this browser holds open (`openElsewhere`, draft keys) is being worked there, not left: it
 * is not asked about (decision 0891).
 */
export function unfinishedOtherSession(
  storage: DraftStorage,
  accountId: string,
  programId: string,
  plannedSessionId: string,
  openElsewhere: ReadonlySet<string> = new Set(),
): SessionDraft | undefined {
  return otherSessionsInProgress(storage, accountId, programId, plannedSessionId, openElsewhere).find(
    (other) => !other.elsewhere,
  )?.draft;
}

/**
 * The latest other session in progress that another tab of this browser holds open (decision 0891): the player
 * says it is open there, and offers neither to go back to it nor to replace it.
 */
export function sessionInAnotherTab(
  storage: DraftStorage,
  accountId: string,
  programId: string,
  plannedSessionId: string,
  openElsewhere: ReadonlySet<string>,
): SessionDraft | undefined {
  return otherSessionsInProgress(storage, accountId, programId, plannedSessionId, openElsewhere).find(
    (other) => other.elsewhere,
  )?.draft;
}

/**
 * The account's latest session in progress on this device, when it holds work the log would keep and was never
 * saved: sign-out, which removes it, names it first (decision 0780).
 */
export function sessionInProgress(storage: DraftStorage, accountId: string): SessionDraft | undefined {
  return sessionsInProgress(storage, accountId)[0];
}

/** Whether the draft holds anything its log would keep. */
export function holdsWork(draft: SessionDraft): boolean {
  return draft.painAfter !== undefined || draft.retired.length > 0 || exercisesWithWork(draft) > 0;
}

/** How many of the draft's exercises hold work, for the words that name a session left part way. */
export function exercisesWithWork(draft: SessionDraft): number {
  return draft.slots.filter((slot) => slot.earlier.length > 0 || attemptsOf(slot, "-").length > 0).length;
}

/** A draft as kept on the device, read through its schema; undefined for no draft or text it cannot read. */
function parsedDraft(text: string | null): SessionDraft | undefined {
  if (text === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = SessionDraftSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/** The draft with the pain right after the session rated, or left unrated again (`undefined`). */
export function withPainAfter(draft: SessionDraft, painAfter: number | undefined): SessionDraft {
  const next: SessionDraft = { ...draft, painAfter };
  // Unrated is absent, not undefined: the draft kept on the device and the log then read the same.
  if (painAfter === undefined) delete next.painAfter;
  return next;
}

/**
 * The draft another tab or window just kept for this same planned session of this program, when it differs from
 * this tab's: the tab follows it, so that both show one session and save one log under one id (decision 0720). A
 * draft of that session started in the other tab under another log id is followed too: the first tab to keep
 * work on the session gives both its log id. Undefined for anything else: no draft, another session, or our own.
 */
export function draftFromAnotherTab(own: SessionDraft, storedText: string | null): SessionDraft | undefined {
  const other = parsedDraft(storedText);
  if (other === undefined) return undefined;
  const sameSession = other.programId === own.programId && other.plannedSessionId === own.plannedSessionId;
  // Both read through the schema, so that key order alone never tells two drafts apart.
  const changed = JSON.stringify(other) !== JSON.stringify(SessionDraftSchema.parse(own));
  return sameSession && changed ? other : undefined;
}

/**
 * The draft a change made in this tab applies to: the one kept on the device when it is this session's log (another
 * tab may have kept more of it since this tab last heard), else this tab's own. So a change never drops work kept
 * by another tab, even one whose `storage` event has not arrived yet.
 */
export function latestDraft(own: SessionDraft, storedText: string | null): SessionDraft {
  const stored = parsedDraft(storedText);
  return stored?.logId === own.logId ? stored : own;
}

/**
 * Keeps the draft under its planned session's key. Drafts of other sessions already saved are removed then: their
 * logs are on the device, and another tab has heard of the save, so the kept drafts stay few.
 */
export function saveSessionDraft(storage: DraftStorage, accountId: string, draft: SessionDraft): void {
  const key = sessionDraftKey(accountId, draft.programId, draft.plannedSessionId);
  for (const other of accountDrafts(storage, accountId)) {
    const otherKey = sessionDraftKey(accountId, other.programId, other.plannedSessionId);
    if (other.savedAt !== undefined && otherKey !== key) storage.removeItem(otherKey);
  }
  storage.setItem(key, JSON.stringify(draft));
}

/**
 * The log of the session: one entry per exercise done, in the session's order. An exercise stopped for pain and
 * replaced gives two entries or more, the replacement first and the stopped attempts last, so that the pain which stopped
 * it is what the progression rules read last for that ladder (docs/decisions/0181). Work done before a revision
 * changed an exercise comes first under the exercise it was done on; work on exercises the revision removed comes
 * last (docs/decisions/0261).
 */
export function sessionLogOf(
  draft: SessionDraft,
  session: PlannedSession,
  completed: boolean = true,
): SessionLog {
  const aligned = alignSessionDraft(draft, session);
  const entries: SessionEntry[] = [
    ...session.exercises.flatMap((planned, n) => {
      const slot = aligned.slots[n];
      if (slot === undefined) return [];
      return attemptsOf(slot, slot.replacement?.exerciseId ?? slot.exerciseId ?? planned.exerciseId);
    }),
    ...aligned.retired,
  ];
  return {
    id: draft.logId,
    programId: draft.programId,
    plannedSessionId: draft.plannedSessionId,
    date: draft.date,
    kind: session.kind,
    entries,
    completed,
    ...(draft.painAfter === undefined ? {} : { painAfter: draft.painAfter }),
  };
}
