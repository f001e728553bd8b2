/**
 * What the sharing files (printable handout, calendar, FHIR record, spreadsheets) are made from. The application
 * decides who may read what and gathers the data; turning it into a PDF, a calendar or FHIR is the caller's job
 * (`@hipcheck/interop`), so this layer stays free of file formats.
 */
import { err, ok } from "@hipcheck/core";
import type { HipCheck, HipCheckDeps } from "../hipcheck.js";
import { accessPerson, notFound } from "./access.js";

export function sharingUseCases({ repositories }: HipCheckDeps) {
  return {
    getHandoutSource: async (actor, input) => {
      const record = await repositories.programs.findById(input.programId);
      if (record === undefined) return err(notFound("program"));
      // The person and a coach they linked read it; anyone else is told it does not exist.
      const access = await accessPerson(repositories, actor, record.accountId, "view");
      if (!access.ok) return err(notFound("program"));
      const owner = await repositories.accounts.findById(record.accountId);
      return ok({
        programId: record.id,
        program: record.program,
        // HipCheck asks for no name: the account's email is how the person and their coach know the account.
        personName: owner?.email ?? "",
        language: record.program.language,
      });
    },
    getClinicalSource: async (actor, input) => {
      const access = await accessPerson(repositories, actor, input.personId, "view");
      if (!access.ok) return access;
      const personId = access.value.personId;
      const latest = await repositories.checkIns.latestFor(personId);
      const program = await repositories.programs.latestFor(personId);
      return ok({
        personId,
        latestCheckIn: latest === undefined ? null : { date: latest.date, answers: latest.answers },
        program: program?.program ?? null,
        painEntries: (await repositories.outcomes.listPain(personId)).map((record) => record.entry),
        psfsEntries: (await repositories.outcomes.listPsfs(personId)).map((record) => record.entry),
      });
    },
  } satisfies Partial<HipCheck>;
}
