/**
 * Activities from a runner's or cyclist's own files, counted in knee repetitions (steps, pedal strokes), and what
 * the weekly training load is computed from. The caller reads the file (`@hipcheck/interop` `parseActivityFile`)
 * and passes its bytes and activities: the bytes identify the file, so importing it again adds nothing; and an
 * activity that overlaps one already stored for most of its time is the same outing from another file (a second
 * watch, a Strava and a Garmin Connect export of one run), so it is not counted twice (decision 0210).
 */
import { assertWithinQuotas, QuotaExceededError, quotasOf } from "../account-quotas.js";
import { createHash } from "node:crypto";
import { err, ok, parseWith, type IsoDate, type PainEntry } from "@hipcheck/core";
import { z } from "zod";
import { RecordedActivitySchema, type RecordedActivityDocument } from "../activity-schema.js";
import type { ActivityRecord, IsoInstant, ListPage } from "../ports.js";
import type { PageInput } from "./tracking.js";
import { accessPerson, invalid } from "./access.js";
import type { HipCheckDeps, PersonRef, UseCase } from "../use-case.js";

/** Within the parser's own caps (32 MiB, 200,000 track points), a file never holds more sessions than this. */
export const ACTIVITIES_PER_FILE_MAX = 1000;
const FILE_NAME_MAX_LENGTH = 255;

const ActivitiesSchema = z.array(RecordedActivitySchema).min(1).max(ACTIVITIES_PER_FILE_MAX);

/** Two recordings are one outing when they share at least half of the shorter one's time. */
export const SAME_OUTING_OVERLAP_SHARE = 0.5;

type Span = { readonly startMs: number; readonly endMs: number };

function spanOf(activity: RecordedActivityDocument): Span {
  const startMs = Date.parse(activity.startTime);
  return { startMs, endMs: startMs + activity.durationSeconds * 1000 };
}

export function isSameOuting(a: RecordedActivityDocument, b: RecordedActivityDocument): boolean {
  const one = spanOf(a);
  const other = spanOf(b);
  const sharedMs = Math.min(one.endMs, other.endMs) - Math.max(one.startMs, other.startMs);
  const shorterMs = Math.min(one.endMs - one.startMs, other.endMs - other.startMs);
  // Zero-length recordings share no time; two of them at the same instant are still one outing.
  if (shorterMs <= 0) return one.startMs === other.startMs;
  return sharedMs >= SAME_OUTING_OVERLAP_SHARE * shorterMs;
}

export function fileHashOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function view(record: ActivityRecord): ActivityView {
  return {
    activityId: record.id,
    fileName: record.fileName,
    importedAt: record.importedAt,
    activity: record.activity,
  };
}

export function activityUseCases(deps: HipCheckDeps) {
  const { repositories, clock, ids } = deps;
  const quotas = quotasOf(deps);
  return {
    importActivities: async (actor, input) => {
      const access = await accessPerson(repositories, actor, undefined, "record");
      if (!access.ok) return access;
      const fileName = input.fileName.trim();
      if (fileName === "" || fileName.length > FILE_NAME_MAX_LENGTH) {
        return err(invalid(`A file name has 1 to ${FILE_NAME_MAX_LENGTH} characters.`, "fileName"));
      }
      const activities = parseWith(ActivitiesSchema, input.activities);
      if (!activities.ok) return err({ ...activities.error, field: "activities" });
      const fileHash = "fileHash" in input ? input.fileHash : fileHashOf(input.bytes);
      const importedAt = clock.now();
      const personId = access.value.personId;
      const records = activities.value.map((activity, position) => ({
        id: ids.newId(),
        accountId: personId,
        fileHash,
        fileName,
        position,
        importedAt,
        activity,
      }));
      let added: ActivityRecord[];
      try {
        added = await repositories.transaction(async (tx) => {
          const fromOtherFiles = (await tx.activities.listFor(personId)).filter(
            (stored) => stored.fileHash !== fileHash,
          );
          const inserted: ActivityRecord[] = [];
          for (const record of records) {
            if (fromOtherFiles.some((stored) => isSameOuting(stored.activity, record.activity))) continue;
            if (await tx.activities.insertIfAbsent(record)) inserted.push(record);
          }
          // What the file really added counts: the same file again adds nothing, even at the limit.
          if (inserted.length > 0) await assertWithinQuotas(tx.usage, quotas, personId);
          return inserted;
        });
      } catch (error) {
        if (error instanceof QuotaExceededError) return err(error.problem);
        throw error;
      }
      return ok({ added: added.map(view), alreadyImported: records.length - added.length });
    },
    listActivities: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      return ok((await repositories.activities.listFor(access.value.personId)).map(view));
    },
    pageActivities: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      const page = await repositories.activities.pageFor(access.value.personId, input.page);
      return ok({ items: page.items.map(view), next: page.next });
    },
    getTrainingLoadSource: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      const personId = access.value.personId;
      return ok({
        activities: (await repositories.activities.listFor(personId)).map((record) => record.activity),
        painEntries: (await repositories.outcomes.listPain(personId)).map((record) => record.entry),
        today: clock.today(),
      });
    },
  } satisfies ActivityUseCases;
}

export type ImportActivitiesInput = {
  readonly fileName: string;
  /** What `parseActivityFile` read from the file. */
  readonly activities: readonly RecordedActivityDocument[];
} & (
  | {
      /** The file as received: its hash recognises a re-import. */
      readonly bytes: Uint8Array;
    }
  | {
      /** `fileHashOf` the file, taken where it was read (the server reads uploads in a worker thread). */
      readonly fileHash: string;
    }
);

export type ActivityView = {
  readonly activityId: string;
  readonly fileName: string;
  readonly importedAt: IsoInstant;
  readonly activity: RecordedActivityDocument;
};

export type ImportActivitiesOutput = {
  readonly added: readonly ActivityView[];
  /** Activities of this file that were already imported. */
  readonly alreadyImported: number;
};

export type TrainingLoadSource = {
  readonly activities: readonly RecordedActivityDocument[];
  readonly painEntries: readonly PainEntry[];
  readonly today: IsoDate;
};

/** Imported activity files and what training load is made from. */
export type ActivityUseCases = {
  readonly importActivities: UseCase<ImportActivitiesInput, ImportActivitiesOutput>;
  readonly listActivities: UseCase<PersonRef, readonly ActivityView[]>;
  /** One page of `listActivities`, read in SQL after the page's key (decision 0512). */
  readonly pageActivities: UseCase<PersonRef & PageInput, ListPage<ActivityView>>;
  readonly getTrainingLoadSource: UseCase<PersonRef, TrainingLoadSource>;
};
