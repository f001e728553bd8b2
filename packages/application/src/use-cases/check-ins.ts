/** The self-check and red-flag screen (seed 001; docs/clinical §7), stored with its answers. */
import { clientIdTaken, sameJson } from "../client-entry-id.js";
import { quotaProblemHeld, quotasOf } from "../account-quotas.js";
import {
  AnswersSchema,
  err,
  evaluateSelfCheck,
  futureDateProblem,
  isIsoDate,
  ok,
  painRatingsProblem,
  parseWith,
  screenRedFlags,
  type Answers,
  type IsoDate,
  type ProgramRevision,
  type RedFlagScreen,
  type SelfCheckResult,
} from "@hipcheck/core";
import { ProfileSchema } from "../profile-schema.js";
import type { CheckInRecord, ListPage, ProfileRecord, Profile, Repositories } from "../ports.js";
import type { PageInput } from "./tracking.js";
import { accessPerson, invalid } from "./access.js";
import { reviseReadAfterWrite } from "./rules-revision.js";
import type { HipCheckDeps, PersonRef, UseCase } from "../use-case.js";

export function checkInView(record: CheckInRecord): CheckInView {
  return { checkInId: record.id, date: record.date, screen: record.screen, selfCheck: record.selfCheck };
}

async function revisionResumedBy(
  repositories: Repositories,
  checkInId: string,
): Promise<ProgramRevision | null> {
  const resumed = await repositories.checkIns.resumedBy(checkInId);
  if (resumed === undefined) return null;
  const revisions = await repositories.programs.revisionsOf(resumed.programId);
  return revisions.find((record) => record.revision.revision === resumed.revision)?.revision ?? null;
}

export function checkInUseCases(deps: HipCheckDeps) {
  const { repositories, clock, ids } = deps;
  const quotas = quotasOf(deps);
  return {
    submitCheckIn: async (actor, input) => {
      const access = await accessPerson(repositories, actor, undefined, "record");
      if (!access.ok) return access;
      const answers = parseWith(AnswersSchema, input.answers);
      if (!answers.ok) return answers;
      if (input.date !== undefined && !isIsoDate(input.date)) {
        return err(invalid("The date must be written YYYY-MM-DD.", "date"));
      }
      const symptoms = answers.value.symptoms;
      const problem =
        (input.date === undefined ? undefined : futureDateProblem(input.date, clock.today())) ??
        (symptoms === null ? undefined : painRatingsProblem(symptoms, "answers.symptoms."));
      if (problem !== undefined) return err(problem);
      const now = clock.now();
      const record: CheckInRecord = {
        id: input.id ?? ids.newId(),
        accountId: access.value.personId,
        date: input.date ?? clock.today(),
        createdAt: now,
        answers: answers.value,
        screen: screenRedFlags(answers.value),
        selfCheck: evaluateSelfCheck(answers.value.selfCheck),
      };
      // The newest answers also say what the program should fit: language, sports, equipment, days.
      const profile: ProfileRecord = {
        accountId: record.accountId,
        updatedAt: now,
        language: answers.value.person.language,
        sports: answers.value.activities.map((activity) => activity.sport),
        equipment: answers.value.equipment,
        availableDays: answers.value.availableDays,
      };
      // The quota is checked in the insert's transaction, so racing writes cannot both take its last place (0411).
      // A retry under the client's id is answered with the check-in stored the first time, even at the quota, and
      // changes nothing more (decision 0610).
      const written = await repositories.transaction(async (tx) => {
        if (input.id !== undefined && (await tx.checkIns.findById(record.id)) !== undefined) {
          return { repeat: true };
        }
        const full = await quotaProblemHeld(tx.usage, quotas, record.accountId, { rows: 1 });
        if (full !== undefined) return { full };
        if (!(await tx.checkIns.insert(record))) return { repeat: true };
        await tx.profiles.upsert(profile);
        // A sharp rise in pain paused the program until a new screen: a clean one resumes it, at a smaller dose
        // (core reviseProgram; docs/clinical §7.2, decision 0250). Any other program is left as it is.
        if (!record.screen.selfManagementAllowed) return { revision: null };
        const current = await tx.programs.latestFor(record.accountId);
        const paused =
          current?.program.rescreen !== undefined && current.program.rescreen.resumedOn === undefined;
        if (current === undefined || !paused) return { revision: null };
        const revision = await reviseReadAfterWrite(tx, clock, current);
        // Kept with the check-in, so that the same check-in sent again answers this revision (decision 0635).
        if (revision !== null) {
          await tx.checkIns.markResumed(record.id, { programId: current.id, revision: revision.revision });
        }
        return { revision };
      });
      if ("full" in written) return err(written.full);
      if ("revision" in written) return ok({ ...checkInView(record), revision: written.revision });
      const stored = await repositories.checkIns.findById(record.id);
      const same =
        stored?.accountId === record.accountId &&
        (input.date === undefined || stored.date === input.date) &&
        sameJson(stored.answers, record.answers);
      if (!same) return err(clientIdTaken("check-in"));
      // A repeat changes nothing more, and answers what the first answered: the revision that resumed a paused
      // program, as it was made (decision 0635), so the device goes on with that program and makes no new one.
      return ok({ ...checkInView(stored), revision: await revisionResumedBy(repositories, stored.id) });
    },
    getLatestAnswers: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      const latest = await repositories.checkIns.latestFor(access.value.personId);
      return ok(
        latest === undefined ? null : { checkInId: latest.id, date: latest.date, answers: latest.answers },
      );
    },
    listCheckIns: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      const records = await repositories.checkIns.listFor(access.value.personId);
      return ok(records.map(checkInView));
    },
    pageCheckIns: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      const page = await repositories.checkIns.pageFor(access.value.personId, input.page);
      return ok({ items: page.items.map(checkInView), next: page.next });
    },
    getProfile: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      const profile = await repositories.profiles.find(access.value.personId);
      if (!profile) return ok(null);
      const { language, sports, equipment, availableDays } = profile;
      return ok({ language, sports, equipment, availableDays });
    },
    updateProfile: async (actor, input) => {
      const access = await accessPerson(repositories, actor, undefined, "record");
      if (!access.ok) return access;
      const parsed = parseWith(ProfileSchema, input);
      if (!parsed.ok) return parsed;
      const profile = {
        language: parsed.value.language,
        sports: [...new Set(parsed.value.sports)],
        equipment: [...new Set(parsed.value.equipment)],
        availableDays: [...new Set(parsed.value.availableDays)],
      };
      await repositories.profiles.upsert({
        ...profile,
        accountId: access.value.personId,
        updatedAt: clock.now(),
      });
      return ok(profile);
    },
  } satisfies CheckInUseCases;
}

/** `id`, chosen by the client and kept across retries, makes a repeat store one check-in (decision 0610). */
export type SubmitCheckInInput = { readonly answers: Answers; readonly date?: IsoDate; readonly id?: string };

export type SubmittedCheckIn = CheckInView & {
  /** What the rules changed because of it: a paused program resuming at a smaller dose; null otherwise. */
  readonly revision: ProgramRevision | null;
};

/** The latest check-in's answers, read as the current version (stored rows are parsed on read). */
export type LatestAnswers = {
  readonly checkInId: string;
  readonly date: IsoDate;
  readonly answers: Answers;
} | null;

export type CheckInView = {
  readonly checkInId: string;
  readonly date: IsoDate;
  readonly screen: RedFlagScreen;
  readonly selfCheck: SelfCheckResult;
};

/** The profile, and the self-check with its red-flag screen. */
export type CheckInUseCases = {
  readonly getProfile: UseCase<PersonRef, Profile | null>;
  readonly updateProfile: UseCase<Profile, Profile>;
  readonly submitCheckIn: UseCase<SubmitCheckInInput, SubmittedCheckIn>;
  readonly listCheckIns: UseCase<PersonRef, readonly CheckInView[]>;
  /** The same list a page at a time, cut in SQL (decision 0601). */
  readonly pageCheckIns: UseCase<PersonRef & PageInput, ListPage<CheckInView>>;
  readonly getLatestAnswers: UseCase<PersonRef, LatestAnswers>;
};
