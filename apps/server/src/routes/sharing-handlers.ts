/**
 * Files to take away: each handler calls one use-case (which decides who may read what) and renders its data
 * with `@hipcheck/interop`. The FHIR record and the spreadsheets are written as they are read, by
 * `STREAMED_ANSWERS`.
 */
import { ok } from "@hipcheck/core";
import { icsOptionsFor, renderProgramIcs } from "@hipcheck/interop";
import { bodyReadInWorker } from "../heavy-work/body-read-in-worker.js";
import type { HandlersOf } from "./route-handler.js";
import { withoutUndefined } from "./route-handler.js";

type SharingRoute =
  | "getHandoutPdf"
  | "getProgramCalendar"
  | "importFhir"
  | "createShareLink"
  | "listShareLinks"
  | "revokeShareLink"
  | "getSharedProgram"
  | "getSharedHandoutPdf";

export const sharingHandlers: HandlersOf<SharingRoute> = {
  getHandoutPdf: async (hipcheck, { actor, params, query, heavy }) => {
    const source = await hipcheck.getHandoutSource(actor, params);
    if (!source.ok) return source;
    const lang = query.lang ?? source.value.language;
    const input = {
      program: source.value.program,
      personName: source.value.personName,
      lang,
      strength: source.value.strength,
    };
    const content = await heavy.run({ kind: "handout-pdf", input });
    return content.ok ? ok({ fileName: `hipcheck-program-${lang}.pdf`, content: content.value }) : content;
  },
  getSharedHandoutPdf: async (hipcheck, { actor, params, query, heavy }) => {
    const source = await hipcheck.getSharedHandoutSource(actor, params);
    if (!source.ok) return source;
    const lang = query.lang ?? source.value.language;
    const input = { program: source.value.program, personName: null, lang };
    const content = await heavy.run({ kind: "handout-pdf", input });
    return content.ok ? ok({ fileName: `hipcheck-program-${lang}.pdf`, content: content.value }) : content;
  },
  createShareLink: (hipcheck, { actor, params, body }) =>
    hipcheck.createShareLink(actor, { ...params, ...withoutUndefined(body) }),
  listShareLinks: (hipcheck, { actor, params }) => hipcheck.listShareLinks(actor, params),
  revokeShareLink: (hipcheck, { actor, params }) => hipcheck.revokeShareLink(actor, params),
  getSharedProgram: (hipcheck, { actor, params }) => hipcheck.getSharedProgram(actor, params),
  getProgramCalendar: async (hipcheck, { actor, params, query }) => {
    const source = await hipcheck.getHandoutSource(actor, params);
    if (!source.ok) return source;
    const lang = query.lang ?? source.value.language;
    const content = renderProgramIcs(source.value.program, icsOptionsFor(lang, query.reminder));
    return ok({ fileName: "hipcheck-program.ics", content });
  },
  importFhir: async (hipcheck, { actor, body }) => {
    // The bundle was parsed, checked and read in a worker thread with a time limit (decisions 0342, 0600).
    const read = bodyReadInWorker("fhir-upload", body);
    if (!read.ok) return read;
    return hipcheck.importClinicalRecord(actor, read.value);
  },
};
