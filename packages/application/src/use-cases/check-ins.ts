/** The self-check and red-flag screen (seed 001; docs/clinical §7), stored with its answers. */
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
  type RedFlagScreen,
  type SelfCheckResult,
} from "@hipcheck/core";
import { ProfileSchema } from "../profile-schema.js";
import type { CheckInRecord, ProfileRecord, Profile } from "../ports.js";
import { accessPerson, invalid } from "./access.js";
import type { HipCheckDeps, PersonRef, UseCase } from "../use-case.js";

export function checkInView(record: CheckInRecord): CheckInView {
  return { checkInId: record.id, date: record.date, screen: record.screen, selfCheck: record.selfCheck };
}

export function checkInUseCases({ repositories, clock, ids }: HipCheckDeps) {
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
        id: ids.newId(),
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
      await repositories.transaction(async (tx) => {
        await tx.checkIns.insert(record);
        await tx.profiles.upsert(profile);
      });
      return ok(checkInView(record));
    },
    listCheckIns: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      const records = await repositories.checkIns.listFor(access.value.personId);
      return ok(records.map(checkInView));
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

export type SubmitCheckInInput = { readonly answers: Answers; readonly date?: IsoDate };

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
  readonly submitCheckIn: UseCase<SubmitCheckInInput, CheckInView>;
  readonly listCheckIns: UseCase<PersonRef, readonly CheckInView[]>;
};
