/** Camera movement screens: findings and keypoint series (never video), compared over time by the motion module. */
import { quotaProblemHeld, quotasOf } from "../account-quotas.js";
import { clientIdTaken, sameJson } from "../client-entry-id.js";
import { err, ok, parseWith, type HipError, type IsoDate } from "@hipcheck/core";
import {
  KeypointSeriesSchema,
  MovementReportSchema,
  type MovementReportDocument,
} from "../movement-schemas.js";
import type { ListKey, ListPage, MovementScreenRecord, Repositories, IsoInstant } from "../ports.js";
import type { PageInput } from "./tracking.js";
import { accessPerson, notFound, requireAccount } from "./access.js";
import type { ImportedMovementFinding } from "../imported-movement-finding.js";
import type { HipCheckDeps, PersonRef, UseCase } from "../use-case.js";
import type { KeypointFrame } from "@hipcheck/motion";

/**
 * A parse error of one part of the input, named from the input's top (`report.findings.0.valueDeg`); `parseWith`
 * starts its message with the field, or with "input" when the part itself is wrong.
 */
function within(part: string, error: HipError): HipError {
  if (error.field === undefined) {
    return { ...error, field: part, message: error.message.replace(/^input:/, `${part}:`) };
  }
  return { ...error, field: `${part}.${error.field}`, message: `${part}.${error.message}` };
}

function screenView(record: MovementScreenRecord): MovementScreenView {
  return {
    screenId: record.id,
    ownerId: record.accountId,
    recordedAt: record.recordedAt,
    report: record.report,
    keypoints: record.keypoints,
  };
}

/**
 * Saved screens' reports read per page: a report is a few kilobytes, its screen's keypoints up to megabytes, and
 * only the report makes findings (decision 0671).
 */
const SCREEN_REPORTS_PER_PAGE = 100;

/**
 * Screens as dated reports, and findings that came in files: what movement findings are made from. The reports are
 * read a keyset page at a time without their keypoints; the findings are sorted across screens and imported
 * findings by the caller, so they are gathered here.
 */
export async function movementFindingsSourceOf(
  repositories: Repositories,
  personId: string,
): Promise<MovementFindingsSource> {
  const screens: { id: string; date: IsoDate; report: MovementReportDocument }[] = [];
  let after: ListKey | undefined;
  do {
    const page = await repositories.movementScreens.pageReportsFor(personId, {
      limit: SCREEN_REPORTS_PER_PAGE,
      ...(after === undefined ? {} : { after }),
    });
    // The day as the instant was written: the person's own calendar day when the client sent its offset.
    for (const { id, recordedAt, report } of page.items) {
      screens.push({ id, date: recordedAt.slice(0, 10), report });
    }
    after = page.next;
  } while (after !== undefined);
  const imported = await repositories.importedMovementFindings.listFor(personId);
  return {
    movementScreens: screens,
    importedMovementFindings: imported.map((record) => record.finding),
    importedMovementFindingIds: imported.map((record) => record.sourceId ?? record.id),
  };
}

export function movementUseCases(deps: HipCheckDeps) {
  const { repositories, clock, ids } = deps;
  const quotas = quotasOf(deps);
  return {
    saveMovementScreen: async (actor, input) => {
      const access = await accessPerson(repositories, actor, undefined, "record");
      if (!access.ok) return access;
      // The whole report is checked here, so that every saved screen can be shown and exported later.
      const report = parseWith(MovementReportSchema, input.report);
      if (!report.ok) return err(within("report", report.error));
      const keypoints = parseWith(KeypointSeriesSchema, input.keypoints);
      if (!keypoints.ok) return err(within("keypoints", keypoints.error));
      const recordedAt = input.recordedAt ?? clock.now();
      if (Number.isNaN(Date.parse(recordedAt))) {
        return err({
          kind: "invalid-input",
          message: "recordedAt must be an ISO date and time.",
          field: "recordedAt",
        });
      }
      const record: MovementScreenRecord = {
        id: input.id ?? ids.newId(),
        accountId: access.value.personId,
        recordedAt,
        report: input.report,
        keypoints: keypoints.value,
      };
      // Keypoints make a screen large: its size counts against the stored bytes (an estimate in characters). The
      // quota is checked in the insert's transaction, so racing writes cannot both take its last place (0411). A
      // retry under the client's id is answered with the stored screen, even at the quota (decision 0610).
      const bytes = JSON.stringify(record.report).length + JSON.stringify(record.keypoints).length;
      const written = await repositories.transaction(async (tx) => {
        if (input.id !== undefined && (await tx.movementScreens.findById(record.id)) !== undefined) {
          return { inserted: false };
        }
        const full = await quotaProblemHeld(tx.usage, quotas, record.accountId, { rows: 1, bytes });
        if (full !== undefined) return { full };
        return { inserted: await tx.movementScreens.insert(record) };
      });
      if ("full" in written) return err(written.full);
      if (written.inserted) return ok(screenView(record));
      const stored = await repositories.movementScreens.findById(record.id);
      const same =
        stored?.accountId === record.accountId &&
        (input.recordedAt === undefined || stored.recordedAt === input.recordedAt) &&
        sameJson(stored.report, report.value) &&
        sameJson(stored.keypoints, record.keypoints);
      return same ? ok(screenView(stored)) : err(clientIdTaken("movement screen"));
    },
    getMovementScreen: async (actor, input) => {
      const acting = requireAccount(actor);
      if (!acting.ok) return acting;
      const record = await repositories.movementScreens.findById(input.screenId);
      if (!record) return err(notFound("movement screen"));
      const access = await accessPerson(repositories, actor, record.accountId, "view");
      if (!access.ok) return err(notFound("movement screen"));
      return ok(screenView(record));
    },
    deleteMovementScreen: async (actor, input) => {
      const acting = requireAccount(actor);
      if (!acting.ok) return acting;
      const record = await repositories.movementScreens.findById(input.screenId);
      // Only its owner deletes a screen; anyone else is answered as if it did not exist, so ids cannot be probed.
      if (record?.accountId !== acting.value.accountId) return err(notFound("movement screen"));
      await repositories.movementScreens.delete(record.id);
      return ok(null);
    },
    getMovementFindingsSource: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      return ok(await movementFindingsSourceOf(repositories, access.value.personId));
    },
    pageMovementScreens: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      const page = await repositories.movementScreens.pageFor(access.value.personId, input.page);
      return ok({ items: page.items.map(screenListing), next: page.next });
    },
    listMovementScreens: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      const records = await repositories.movementScreens.listFor(access.value.personId);
      return ok(records.map(screenListing));
    },
  } satisfies MovementUseCases;
}

function screenListing({ id, accountId, recordedAt, report }: MovementScreenRecord): MovementScreenSummary {
  return { screenId: id, ownerId: accountId, recordedAt, report };
}

export type SaveMovementScreenInput = {
  /** A motion-module `MovementReport`. */
  readonly report: MovementReportDocument;
  readonly keypoints: readonly KeypointFrame[];
  readonly recordedAt?: IsoInstant;
  /** Chosen by the client and kept across retries: a repeat is stored once (decision 0610). */
  readonly id?: string;
};

export type MovementScreenView = {
  readonly screenId: string;
  readonly ownerId: string;
  readonly recordedAt: IsoInstant;
  readonly report: MovementReportDocument;
  readonly keypoints: readonly KeypointFrame[];
};

export type MovementScreenSummary = Omit<MovementScreenView, "keypoints">;

/** What the movement findings of a record are made from; `@hipcheck/interop` flattens the reports. */
export type MovementFindingsSource = {
  /** Saved screens, oldest first, each with its id and the day it was recorded. */
  readonly movementScreens: readonly {
    readonly id: string;
    readonly date: IsoDate;
    readonly report: MovementReportDocument;
  }[];
  /** Findings that came in files, by date. */
  readonly importedMovementFindings: readonly ImportedMovementFinding[];
  /**
   * The name each imported finding is exported under, in the same order: the name it arrived under, else its
   * stored id (decision 0710).
   */
  readonly importedMovementFindingIds: readonly string[];
};

/** Saved movement screens and the findings they give. */
export type MovementUseCases = {
  readonly saveMovementScreen: UseCase<SaveMovementScreenInput, MovementScreenView>;
  readonly getMovementScreen: UseCase<{ readonly screenId: string }, MovementScreenView>;
  readonly listMovementScreens: UseCase<PersonRef, readonly MovementScreenSummary[]>;
  /** The same list a page at a time, cut in SQL (decision 0621). */
  readonly pageMovementScreens: UseCase<PersonRef & PageInput, ListPage<MovementScreenSummary>>;
  /** The owner only; for anyone else the screen does not exist. */
  readonly deleteMovementScreen: UseCase<{ readonly screenId: string }, null>;
  readonly getMovementFindingsSource: UseCase<PersonRef, MovementFindingsSource>;
};
