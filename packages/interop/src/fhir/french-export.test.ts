/**
 * A French person's exports are French throughout: every person-facing text the exporters write for an English
 * export of the same record (FHIR texts and HipCheck's own code displays, CSV headers and values) is absent from
 * the French one. The official displays of LOINC, ICD-10-CM and HL7 codings stay as their code systems give them.
 */
import { addDays, generateProgram, type Answers, type Lang, type SessionLog } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { describe, expect, it } from "vitest";
import { toCsvMovementFindings, toCsvPainEntries, toCsvSessions } from "../csv/records-csv.js";
import { movementFindingsFromReport } from "../movement/movement-findings-from-report.js";
import { START_DATE, exampleRecord } from "../testing/example-records.js";
import * as screens from "../testing/movement-reports.js";
import type { ClinicalRecord } from "./clinical-record.js";
import { exportFhirBundle } from "./export-fhir-bundle.js";

/** Camille's record (pain, PSFS, a program, real screens' findings), everything HipCheck writes in `lang`. */
function camille(lang: Lang): { record: ClinicalRecord; log: SessionLog } {
  const answers: Answers = {
    ...personas.frenchTriathlete,
    person: { ...personas.frenchTriathlete.person, language: lang },
  };
  const program = generateProgram(answers, { startDate: START_DATE, id: "camille-program" });
  if (!program.ok) throw new Error(program.error.message);
  const session = program.value.sessions[0]!;
  const log: SessionLog = {
    id: "log-1",
    programId: program.value.id,
    plannedSessionId: session.id,
    date: START_DATE,
    kind: "strength",
    completed: true,
    painBefore: 2,
    painAfter: 1,
    entries: session.exercises.slice(0, 2).map((planned) => ({
      exerciseId: planned.exerciseId,
      painDuring: 2,
      rpe: 6,
      sets: [{ side: "both", reps: 12 }],
    })),
  };
  const findings = Object.values(screens).flatMap((screen) =>
    movementFindingsFromReport(screen(), addDays(START_DATE, 7), lang),
  );
  const record: ClinicalRecord = {
    ...exampleRecord("frenchTriathlete"),
    answers,
    program: program.value,
    movementFindings: findings,
    doneSessionIds: [session.id],
  };
  return { record, log };
}

const OFFICIAL_SYSTEMS = /^http:\/\/(loinc\.org|unitsofmeasure\.org|hl7\.org|terminology\.hl7\.org)/;

/** Words a text, not an id, code, date, number or address: at least two letters and not a URN or URL. */
function isWords(text: string): boolean {
  return /\p{L}{2}/u.test(text) && !/^(urn:|https?:)/.test(text);
}

/**
 * Every person-facing text of a FHIR bundle: `text`, descriptions, titles, schedules, and the
 * `display` of codings in HipCheck's own systems (an official system's display is its own words).
 */
function fhirTexts(value: unknown, texts = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) fhirTexts(item, texts);
  else if (typeof value === "object" && value !== null) {
    const object = value as Record<string, unknown>;
    const official = typeof object.system === "string" && OFFICIAL_SYSTEMS.test(object.system);
    for (const [key, field] of Object.entries(object)) {
      if (typeof field === "string") {
        // Answers (`valueString`) are codes the import reads back, not texts.
        const facing = ["text", "description", "title", "scheduledString", "display"];
        if (facing.includes(key) && !(key === "display" && official) && isWords(field)) texts.add(field);
      } else fhirTexts(field, texts);
    }
  }
  return texts;
}

/** The cells of a CSV written by `toCsv`, quotes undone, without the byte-order mark. */
function csvCells(text: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "").replaceAll("\r\n", separator);
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i]!;
    if (quoted && char === '"' && body[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  return [...cells, cell];
}

function csvFiles(lang: Lang): string[] {
  const { record, log } = camille(lang);
  return [
    toCsvSessions([log], lang),
    toCsvPainEntries(record.painEntries, lang),
    toCsvMovementFindings(record.movementFindings, lang),
  ];
}

/** Written the same in both languages: the person's own words and the few words French shares with English. */
const SAME_IN_BOTH = new Set([
  personas.frenchTriathlete.person.name,
  ...personas.frenchTriathlete.psfs!.map((item) => item.activity),
  "date",
  "test",
  "notes",
  "Squat",
]);

/**
 * English texts of the English export, not the person's own, found in the French export: as a whole text, or for
 * a text of several words, inside one (a single word may be part of a French one: "method" in "methode").
 */
function englishLeft(english: Set<string>, french: readonly string[]): string[] {
  return [...english]
    .filter((text) => !SAME_IN_BOTH.has(text))
    .filter((text) =>
      french.some((frenchText) => frenchText === text || (text.includes(" ") && frenchText.includes(text))),
    );
}

describe("a French person's exports", () => {
  it("FHIR: no English text the English export writes appears in the French bundle", () => {
    const english = fhirTexts(exportFhirBundle(camille("en").record));
    const french = [...fhirTexts(exportFhirBundle(camille("fr").record))];
    // The check can fail: the English export has many texts and the French one as many.
    expect(english.size).toBeGreaterThan(40);
    expect(french.length).toBeGreaterThan(40);
    expect(englishLeft(english, french)).toEqual([]);
  });

  it("FHIR: every resource says French, and a movement observation's method is in French", () => {
    const bundle = exportFhirBundle(camille("fr").record);
    expect(bundle.entry.map((entry) => entry.resource.language ?? "none")).toSatisfy((languages: string[]) =>
      languages.every((language) => language === "fr"),
    );
    const movement = bundle.entry
      .map((entry) => entry.resource)
      .find((resource) => resource.resourceType === "Observation" && "method" in resource);
    expect(JSON.stringify(movement)).toContain("Signal de dépistage issu d’une vidéo 2D");
  });

  it("FHIR and CSV: every French text writes the apostrophe as ’, never as a straight '", () => {
    const french = [
      ...fhirTexts(exportFhirBundle(camille("fr").record)),
      ...csvFiles("fr").flatMap((file) => csvCells(file, ";")),
    ].filter((text) => !SAME_IN_BOTH.has(text));
    expect(french.filter((text) => text.includes("’")).length).toBeGreaterThan(5);
    expect(french.filter((text) => text.includes("'"))).toEqual([]);
  });

  it("FHIR: the French questions are phrased neutrally, with no « (e) » or inclusive point (decision 0851)", () => {
    const french = [...fhirTexts(exportFhirBundle(camille("fr").record))];
    expect(french.some((text) => text.includes("en position assise"))).toBe(true);
    expect(french.filter((text) => /\p{L}\(e\)|\p{L}·\p{L}/u.test(text))).toEqual([]);
  });

  it("CSV: no English header or value of the English files appears in the French files", () => {
    const { record, log } = camille("en");
    // Ids stay as stored so a file matches back to the record: the same in both files.
    const ids = new Set<string | null>([
      log.id,
      log.programId,
      log.plannedSessionId,
      ...log.entries.map((entry) => entry.exerciseId),
      ...record.movementFindings.flatMap((finding) => [finding.test, finding.metric]),
    ]);
    const english = new Set(
      csvFiles("en")
        .flatMap((file) => csvCells(file, ","))
        .filter((cell) => isWords(cell) && !ids.has(cell)),
    );
    const french = csvFiles("fr").flatMap((file) => csvCells(file, ";"));
    expect(english.size).toBeGreaterThan(20);
    expect(englishLeft(english, french)).toEqual([]);
  });
});
