/**
 * The device's copy of the person's data, in IndexedDB. Everything a person logs is written here first and
 * queued in the outbox in the same transaction, so an entry is never lost when the network drops; the outbox
 * is then sent to the server (sync-outbox.ts). Each queued item carries the client-generated id the server uses
 * to recognise a repeat, so sending twice never records twice.
 */
import { ActivityViewSchema, MovementScreenSummarySchema, WeeklyLoadSchema } from "@hipcheck/contracts";
import type { ApiError, RouteOutput } from "@hipcheck/contracts";
import {
  addDays,
  AnswersSchema,
  IsoDateSchema,
  ProgramRevisionSchema,
  ProgramSchema,
  SHARP_RISE_LOOKBACK_DAYS,
} from "@hipcheck/core";
import { z } from "zod";
import { openDB } from "idb";
import type { DBSchema, IDBPDatabase } from "idb";
import type {
  Answers,
  IsoDate,
  MorningCheckIn,
  PainEntry,
  Program,
  ProgramRevision,
  PsfsEntry,
  SessionLog,
  StrengthCheck,
} from "@hipcheck/core";

/**
 * Set on a queued item the server refused (its kind, message and field, as the server answered): the item stays
 * for the person to correct, send again or discard, and is not sent again meanwhile (decision 0582).
 */
type Refused = { readonly refusal?: ApiError };

export type OutboxItem = Refused &
  (
    | { readonly id: string; readonly kind: "session-log"; readonly payload: SessionLog }
    | { readonly id: string; readonly kind: "check-in"; readonly payload: MorningCheckIn }
    | { readonly id: string; readonly kind: "pain"; readonly payload: PainEntry }
    | { readonly id: string; readonly kind: "psfs"; readonly payload: PsfsEntry }
    | { readonly id: string; readonly kind: "strength"; readonly payload: StoredStrengthCheck }
    | { readonly id: string; readonly kind: "clinic-reading"; readonly payload: ClinicReading }
  );

/** A strength check as the device keeps it, under the id the server will store it by. */
export type StoredStrengthCheck = { readonly id: string; readonly check: StrengthCheck };

/**
 * A check a coach or physiotherapist recorded for a client (a dynamometer reading in the clinic) that could not be
 * sent yet. It is the client's, not this device's person's: it waits in the outbox only, never in the history.
 */
export type ClinicReading = StoredStrengthCheck & { readonly personId: string };

/** The current program as last fetched, with its history of changes (newest last). */
export type ProgramSnapshot = {
  readonly programId: string;
  readonly program: Program;
  readonly revisions: readonly ProgramRevision[];
};

interface HipcheckDb extends DBSchema {
  /** The check-in draft is stored as written and parsed on read (features/onboarding/check-in/stored-draft.ts). */
  profile: {
    key:
      | "answers"
      | "program"
      | "check-in-draft"
      | "mornings-cached-on"
      | "session-hold"
      | "owner"
      | "movement-screens"
      | "training-load";
    value: Answers | ProgramSnapshot | object | string;
  };
  sessionLogs: { key: string; value: SessionLog; indexes: { byDate: string } };
  checkIns: { key: string; value: MorningCheckIn };
  painEntries: { key: string; value: PainEntry };
  psfsEntries: { key: string; value: PsfsEntry };
  strengthChecks: { key: string; value: StoredStrengthCheck };
  outbox: { key: number; value: OutboxItem };
  /**
   * Entries another account left unsent when someone else signed in on the device, kept under that account's id
   * until it signs in here again (decision 0770): never shown, never sent under anyone else's sign-in.
   */
  parkedOutboxes: { key: string; value: ParkedOutbox };
}

/** One account's unsent entries, set aside while another account uses the device. */
export type ParkedOutbox = { readonly parkedAt: string; readonly items: readonly OutboxItem[] };

export type LocalStore = IDBPDatabase<HipcheckDb>;

export const DEFAULT_DB_NAME = "hipcheck";

export function openLocalStore(name: string = DEFAULT_DB_NAME): Promise<LocalStore> {
  // Version 2 adds the strength checks, version 3 the parked outboxes; a device on an earlier version keeps
  // everything it holds.
  return openDB<HipcheckDb>(name, 3, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore("profile");
        db.createObjectStore("sessionLogs", { keyPath: "id" }).createIndex("byDate", "date");
        db.createObjectStore("checkIns", { keyPath: "date" });
        db.createObjectStore("painEntries", { keyPath: "date" });
        db.createObjectStore("psfsEntries", { keyPath: "date" });
        db.createObjectStore("outbox", { autoIncrement: true });
      }
      if (oldVersion < 2) db.createObjectStore("strengthChecks", { keyPath: "id" });
      if (oldVersion < 3) db.createObjectStore("parkedOutboxes");
    },
  });
}

export async function saveAnswers(store: LocalStore, answers: Answers): Promise<void> {
  await store.put("profile", answers, "answers");
}

/** The last check-in's answers sent from this device, parsed: a copy that no longer fits the schema is ignored. */
export async function loadAnswers(store: LocalStore): Promise<Answers | undefined> {
  const parsed = AnswersSchema.safeParse(await store.get("profile", "answers"));
  return parsed.success ? parsed.data : undefined;
}

export async function saveProgram(store: LocalStore, snapshot: ProgramSnapshot): Promise<void> {
  await store.put("profile", snapshot, "program");
}

const ProgramSnapshotSchema = z
  .object({ programId: z.string(), program: ProgramSchema, revisions: z.array(ProgramRevisionSchema) })
  .strict();

/** The program as last fetched, parsed: a copy that no longer fits the schema is ignored (the server's is fetched). */
export async function loadProgram(store: LocalStore): Promise<ProgramSnapshot | undefined> {
  const parsed = ProgramSnapshotSchema.safeParse(await store.get("profile", "program"));
  return parsed.success ? parsed.data : undefined;
}

/**
 * The check-in in progress, or the last one sent (kept for Back from its result, decision 0850), as written; the
 * caller parses it (it may come from an older version of the app).
 */
export async function loadCheckInDraft(store: LocalStore): Promise<unknown> {
  return store.get("profile", "check-in-draft");
}

export async function saveCheckInDraft(store: LocalStore, draft: object): Promise<void> {
  await store.put("profile", draft, "check-in-draft");
}

/**
 * Keeps the server's mornings of the last four weeks (core's `SHARP_RISE_LOOKBACK_DAYS`) on the device, with the day
 * they were read: offline, a sharp rise on a morning still waiting to be sent is told from them (decision 0681),
 * answered on this device or on another. A morning still waiting in the outbox stays as answered here.
 */
export async function cacheMornings(
  store: LocalStore,
  server: readonly MorningCheckIn[],
  today: IsoDate,
): Promise<void> {
  const from = addDays(today, -SHARP_RISE_LOOKBACK_DAYS);
  const tx = store.transaction(["checkIns", "outbox", "profile"], "readwrite");
  const queued = new Set(
    (await tx.objectStore("outbox").getAll()).flatMap((item) =>
      item.kind === "check-in" ? [item.payload.date] : [],
    ),
  );
  const checkIns = tx.objectStore("checkIns");
  for (const morning of server) {
    if (morning.date >= from && !queued.has(morning.date)) await checkIns.put(morning);
  }
  await tx.objectStore("profile").put(today, "mornings-cached-on");
  await tx.done;
}

/**
 * Keeps the server's session logs, pain and PSFS entries and strength checks on the device, as it keeps the
 * program: a page opened afresh offline (a new tab, a reload) then draws the person's whole record, not only what
 * was entered on this device (decision 0812). An entry still waiting in the outbox stays as entered here.
 */
export async function keepServerRecord(
  store: LocalStore,
  server: Pick<LocalHistory, "logs" | "painEntries" | "psfsEntries" | "strengthChecks">,
): Promise<void> {
  const tx = store.transaction(
    ["sessionLogs", "painEntries", "psfsEntries", "strengthChecks", "outbox"],
    "readwrite",
  );
  const queued = new Set(
    (await tx.objectStore("outbox").getAll()).map((item) =>
      item.kind === "pain" || item.kind === "psfs"
        ? `${item.kind}:${item.payload.date}`
        : `${item.kind}:${item.id}`,
    ),
  );
  for (const log of server.logs) {
    if (!queued.has(`session-log:${log.id}`)) await tx.objectStore("sessionLogs").put(log);
  }
  for (const entry of server.painEntries) {
    if (!queued.has(`pain:${entry.date}`)) await tx.objectStore("painEntries").put(entry);
  }
  for (const entry of server.psfsEntries) {
    if (!queued.has(`psfs:${entry.date}`)) await tx.objectStore("psfsEntries").put(entry);
  }
  for (const check of server.strengthChecks) {
    if (!queued.has(`strength:${check.id}`)) await tx.objectStore("strengthChecks").put(check);
  }
  await tx.done;
}

/**
 * A movement screen as the device keeps it: what the progress chart and the list of saved screens draw (the test,
 * whether it was scored, and each finding's value and measurement error per side), never keypoints or messages.
 */
const KeptScreenSchema = MovementScreenSummarySchema.extend({
  report: z.object({
    test: z.string(),
    status: z.enum(["scored", "not-scorable"]),
    findings: z
      .array(
        z.object({
          id: z.string(),
          side: z.enum(["left", "right", "both"]),
          valueDeg: z.number(),
          errorDeg: z.number(),
        }),
      )
      .optional(),
  }),
});

/**
 * Keeps the person's movement screens as the server last listed them, in their lean form (decision 0890): a page
 * opened afresh offline still charts them. The list replaces the one kept before, so a screen deleted is gone.
 */
export async function keepMovementScreens(
  store: LocalStore,
  screens: RouteOutput<"listMovementScreens">,
): Promise<void> {
  await store.put("profile", z.array(KeptScreenSchema).parse(screens), "movement-screens");
}

/** The movement screens kept by `keepMovementScreens`, parsed; undefined before the first read or if unreadable. */
export async function loadMovementScreens(
  store: LocalStore,
): Promise<RouteOutput<"listMovementScreens"> | undefined> {
  const parsed = z.array(KeptScreenSchema).safeParse(await store.get("profile", "movement-screens"));
  return parsed.success ? parsed.data : undefined;
}

/** The imported activities and the weeks of training load the server worked out from them, as the page draws them. */
export type TrainingLoad = {
  readonly activities: RouteOutput<"listActivities">;
  readonly load: RouteOutput<"getTrainingLoad">;
};

const TrainingLoadSchema = z.object({ activities: z.array(ActivityViewSchema), load: WeeklyLoadSchema });

/**
 * Keeps the person's imported activities (a few figures each, no track) and their weekly load as the server last
 * answered them (decision 0890), replacing those kept before.
 */
export async function keepTrainingLoad(store: LocalStore, trainingLoad: TrainingLoad): Promise<void> {
  await store.put("profile", TrainingLoadSchema.parse(trainingLoad), "training-load");
}

/** The activities and weekly load kept by `keepTrainingLoad`, parsed; undefined before the first read. */
export async function loadTrainingLoad(store: LocalStore): Promise<TrainingLoad | undefined> {
  const parsed = TrainingLoadSchema.safeParse(await store.get("profile", "training-load"));
  return parsed.success ? parsed.data : undefined;
}

/** The day the server's mornings were last kept on the device (`cacheMornings`); undefined before the first time. */
export async function loadMorningsCachedOn(store: LocalStore): Promise<IsoDate | undefined> {
  const parsed = IsoDateSchema.safeParse(await store.get("profile", "mornings-cached-on"));
  return parsed.success ? parsed.data : undefined;
}

/**
 * A session held offline for a sharp rise (decision 0681): the morning that called for it, and the program's
 * revision it was seen on. It outlasts the outbox, a reload and a change of page until the server's program is in.
 */
export type StoredSessionHold = { readonly date: IsoDate; readonly revision: number };

const StoredSessionHoldSchema = z.object({ date: IsoDateSchema, revision: z.number().int() }).strict();

export async function loadSessionHold(store: LocalStore): Promise<StoredSessionHold | undefined> {
  const parsed = StoredSessionHoldSchema.safeParse(await store.get("profile", "session-hold"));
  return parsed.success ? parsed.data : undefined;
}

export async function saveSessionHold(store: LocalStore, hold: StoredSessionHold | undefined): Promise<void> {
  if (hold === undefined) await store.delete("profile", "session-hold");
  else await store.put("profile", hold, "session-hold");
}

export const STORE_OF = {
  "session-log": "sessionLogs",
  "check-in": "checkIns",
  pain: "painEntries",
  psfs: "psfsEntries",
  strength: "strengthChecks",
} as const;

/** Records an entry on the device and queues it for the server, atomically. */
export async function recordEntry(
  store: LocalStore,
  item: Exclude<OutboxItem, { readonly kind: "clinic-reading" }>,
): Promise<void> {
  const target = STORE_OF[item.kind];
  const tx = store.transaction([target, "outbox"], "readwrite");
  await Promise.all([
    tx.objectStore(target).put(item.payload as never),
    tx.objectStore("outbox").add(item),
    tx.done,
  ]);
}

/** Queues a client's clinic reading for the server under the id the retries keep; a reading queued already stays once. */
export async function queueClinicReading(store: LocalStore, reading: ClinicReading): Promise<void> {
  const tx = store.transaction("outbox", "readwrite");
  const queued = await tx.store.getAll();
  if (!queued.some((item) => item.kind === "clinic-reading" && item.id === reading.id)) {
    await tx.store.add({ id: reading.id, kind: "clinic-reading", payload: reading });
  }
  await tx.done;
}

/** The readings for one client still waiting in the outbox, oldest first, as the client's page shows them. */
export async function pendingClinicReadings(
  store: LocalStore,
  personId: string,
): Promise<readonly StoredStrengthCheck[]> {
  return (await store.getAll("outbox")).flatMap((item) =>
    item.kind === "clinic-reading" && item.payload.personId === personId
      ? [{ id: item.payload.id, check: item.payload.check }]
      : [],
  );
}

export type LocalHistory = {
  readonly logs: readonly SessionLog[];
  readonly checkIns: readonly MorningCheckIn[];
  readonly painEntries: readonly PainEntry[];
  readonly psfsEntries: readonly PsfsEntry[];
  readonly strengthChecks: readonly StoredStrengthCheck[];
};

export async function loadHistory(store: LocalStore): Promise<LocalHistory> {
  const [logs, checkIns, painEntries, psfsEntries, strengthChecks] = await Promise.all([
    store.getAllFromIndex("sessionLogs", "byDate"),
    store.getAll("checkIns"),
    store.getAll("painEntries"),
    store.getAll("psfsEntries"),
    store.getAll("strengthChecks"),
  ]);
  return { logs, checkIns, painEntries, psfsEntries, strengthChecks };
}

export async function pendingCount(store: LocalStore): Promise<number> {
  return store.count("outbox");
}

const STORE_NAMES = [
  "profile",
  "sessionLogs",
  "checkIns",
  "painEntries",
  "psfsEntries",
  "strengthChecks",
  "outbox",
] as const;

/** Removes this account's copy; other accounts' parked entries stay theirs (decision 0770). */
export async function clearLocalStore(store: LocalStore): Promise<void> {
  const tx = store.transaction(STORE_NAMES, "readwrite");
  await Promise.all([...STORE_NAMES.map((name) => tx.objectStore(name).clear()), tx.done]);
}

/** The account whose data the device holds (`claimLocalStore`); undefined on a device that has not said. */
export async function loadOwner(store: LocalStore): Promise<string | undefined> {
  const owner = await store.get("profile", "owner");
  return typeof owner === "string" ? owner : undefined;
}

/**
 * Makes the device's copy the signed-in account's before anything of it is read or sent (decision 0720): data kept
 * for another account is removed, so no one sees or sends another person's entries. That account's unsent entries
 * are not lost with it (decision 0770): they are set aside under its id, and come back to its outbox, to be sent,
 * when it signs in here again. A copy written before the device named its owner belongs to `legacyOwner`, the
 * person last signed in on it; a copy with no known owner is removed whole, as no one can be given its entries.
 */
export async function claimLocalStore(
  store: LocalStore,
  accountId: string,
  legacyOwner: string | undefined,
  nowIso: string = new Date().toISOString(),
): Promise<void> {
  const tx = store.transaction([...STORE_NAMES, "parkedOutboxes"], "readwrite");
  const profile = tx.objectStore("profile");
  const outbox = tx.objectStore("outbox");
  const parked = tx.objectStore("parkedOutboxes");
  const stored = await profile.get("owner");
  const owner = typeof stored === "string" ? stored : legacyOwner;
  if (owner !== accountId) {
    const unsent = await outbox.getAll();
    if (owner !== undefined && unsent.length > 0) {
      const earlier = (await parked.get(owner))?.items ?? [];
      await parked.put({ parkedAt: nowIso, items: [...earlier, ...unsent] }, owner);
    }
    await Promise.all(STORE_NAMES.map((name) => tx.objectStore(name).clear()));
    const own = await parked.get(accountId);
    if (own !== undefined) {
      for (const item of own.items) await outbox.add(item);
      await parked.delete(accountId);
    }
  }
  await profile.put(accountId, "owner");
  await tx.done;
}
