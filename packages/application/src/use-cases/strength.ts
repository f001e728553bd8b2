/**
 * Hip strength checks (docs/clinical §10): recorded by the person, or by their coach or physiotherapist (a
 * dynamometer reading taken in the clinic), listed per person, and read against the baseline.
 */
import {
  compareAllStrength,
  err,
  futureDateProblem,
  ok,
  parseStrengthCheck,
  type HipError,
  type StrengthCheck,
  type StrengthComparison,
} from "@hipcheck/core";
import type { Actor } from "../actor.js";
import type { IsoInstant, ListPage } from "../ports.js";
import type { PageInput } from "./tracking.js";
import type { HipCheckDeps, PersonRef, UseCase } from "../use-case.js";
import { quotaProblemHeld, quotasOf } from "../account-quotas.js";
import { accessPerson } from "./access.js";

/** Both come parsed by the same schema, so their keys are in the same order: a retry is the same text. */
function sameCheck(a: StrengthCheck, b: StrengthCheck): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function strengthUseCases(deps: HipCheckDeps) {
  const { repositories, clock, ids } = deps;
  const quotas = quotasOf(deps);
  return {
    recordStrengthCheck: async (actor: Actor, input: RecordStrengthCheckInput) => {
      // A coach with an active link may record for the client (a dynamometer reading in the clinic), as they
      // may edit the client's program; anyone else records only their own.
      const access = await accessPerson(
        repositories,
        actor,
        input.personId,
        input.personId === undefined ? "record" : "edit-program",
      );
      if (!access.ok) return access;
      const check = parseStrengthCheck(input.check);
      if (!check.ok) return err(inField(check.error));
      const future = futureDateProblem(check.value.date, clock.today());
      if (future !== undefined) return err(inField(future));
      const record = {
        id: input.id ?? ids.newId(),
        accountId: access.value.personId,
        createdAt: clock.now(),
        entry: check.value,
      };
      // A retry under the same id is answered before the quota is read; a new check takes a row of the person's
      // quota, checked in the insert's transaction (decisions 0411, 0620).
      const written = await repositories.transaction(async (tx) => {
        const earlier = await tx.strengthChecks.find(record.accountId, record.id);
        if (earlier !== undefined) return { stored: earlier };
        const full = await quotaProblemHeld(tx.usage, quotas, record.accountId, { rows: 1 });
        if (full !== undefined) return { full };
        const inserted = await tx.strengthChecks.insert(record);
        return { stored: inserted ? record : undefined };
      });
      if ("full" in written) return err(written.full);
      const stored = written.stored;
      if (stored !== undefined && sameCheck(stored.entry, record.entry)) {
        return ok({ id: stored.id, check: stored.entry, createdAt: stored.createdAt });
      }
      return err<HipError>({
        kind: "conflict",
        message: "A different strength check with this id is already saved; give a new check a new id.",
        field: "id",
      });
    },
    listStrengthChecks: async (actor: Actor, input: PersonRef) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      const records = await repositories.strengthChecks.listFor(access.value.personId);
      const checks = records.map(({ id, entry, createdAt }) => ({ id, check: entry, createdAt }));
      const start = (await repositories.programs.latestFor(access.value.personId))?.program.startDate;
      const entries = records.map((record) => record.entry);
      const firstDate = entries[0]?.date;
      return ok({
        checks,
        // Each test's baseline (the latest check on or before the program's start) against the latest check.
        comparisons:
          firstDate === undefined ? [] : compareAllStrength(entries, start ?? firstDate, clock.today()),
      });
    },
    pageStrengthChecks: async (actor: Actor, input: PersonRef & PageInput) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      const page = await repositories.strengthChecks.pageFor(access.value.personId, input.page);
      return ok({ items: page.items.map((record) => record.entry), next: page.next });
    },
  } satisfies StrengthUseCases;
}

function inField(error: HipError): HipError {
  return { ...error, field: `check.${error.field ?? ""}`.replace(/\.$/, "") };
}

export type RecordStrengthCheckInput = PersonRef & {
  readonly check: StrengthCheck;
  /** Chosen by the device and kept across retries, so an offline check sent twice is stored once. */
  readonly id?: string;
};

export type StrengthCheckView = {
  readonly id: string;
  readonly check: StrengthCheck;
  readonly createdAt: IsoInstant;
};

export type StrengthChecksView = {
  readonly checks: readonly StrengthCheckView[];
  readonly comparisons: readonly StrengthComparison[];
};

/** Hip strength checks: record one, list them with each test's change since the baseline. */
export type StrengthUseCases = {
  readonly recordStrengthCheck: UseCase<RecordStrengthCheckInput, StrengthCheckView>;
  readonly listStrengthChecks: UseCase<PersonRef, StrengthChecksView>;
  /** The checks alone, a page at a time in the list's order, for the spreadsheet (decision 0625). */
  readonly pageStrengthChecks: UseCase<PersonRef & PageInput, ListPage<StrengthCheck>>;
};
