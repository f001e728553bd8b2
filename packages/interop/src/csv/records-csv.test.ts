import type { SessionLog, StrengthCheck } from "@hipcheck/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exampleRecord } from "../testing/example-records.js";
import { CSV_DIALECTS, toCsv, type CsvCell } from "./csv-table.js";
import {
  toCsvMovementFindings,
  toCsvPainEntries,
  toCsvSessions,
  toCsvStrengthChecks,
} from "./records-csv.js";

/**
 * A small RFC 4180 reader, independent of the writer, to read our output back: it checks and drops the byte-order
 * mark and splits on the dialect's separator.
 */
function readCsv(text: string, separator: "," | ";" = ","): string[][] {
  expect(text.startsWith("\uFEFF")).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 1; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 1;
    } else cell += char;
  }
  return rows;
}

const danaLog: SessionLog = {
  id: "log-1",
  programId: "runnerPfp-program",
  plannedSessionId: "w1-s1",
  date: "2026-03-02",
  kind: "strength",
  entries: [
    {
      exerciseId: "clamshell",
      sets: [
        { side: "left", reps: 12 },
        { side: "right", reps: 11, load: "red" },
      ],
      painDuring: 3,
      rpe: 6,
      notes: '=HYPERLINK("http://example.test","click"), felt "tight"\nthen fine',
    },
  ],
  painBefore: 2,
  painAfter: 3,
  completed: true,
};

describe("toCsvSessions", () => {
  it("writes one row per logged set, all in French for a French file, and keeps a formula-like note inert", () => {
    const csv = toCsvSessions([danaLog], "fr");
    const rows = readCsv(csv, ";");
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(expect.arrayContaining(["exercice", "douleur_pendant", "cote", "repetitions"]));
    expect(rows[1]!.slice(0, 15)).toEqual([
      "2026-03-02",
      "log-1",
      "runnerPfp-program",
      "w1-s1",
      "renforcement",
      "oui",
      "2",
      "3",
      "clamshell",
      "Coquillage",
      "3",
      "6",
      "1",
      "gauche",
      "12",
    ]);
    expect(rows[2]![13]).toBe("droite");
    expect(rows[2]![17]).toBe("red");
    expect(rows[1]!.at(-1)).toBe(`'${danaLog.entries[0]!.notes!}`);
  });

  it("still lists a session logged with no exercises", () => {
    const rows = readCsv(toCsvSessions([{ ...danaLog, entries: [], completed: false }], "en"));
    expect(rows[0]).toContain("exercise_name");
    expect(rows[1]).toHaveLength(19);
    expect(rows[1]![5]).toBe("no");
  });
});

describe("toCsvPainEntries and toCsvMovementFindings", () => {
  it("writes pain entries as numbers and movement angles with their error, negative angles unguarded", () => {
    const record = exampleRecord("runnerPfp");
    const pain = readCsv(toCsvPainEntries(record.painEntries, "en"));
    expect(pain[0]).toEqual(["date", "pain_now_0_10", "pain_usual_0_10", "pain_worst_0_10"]);
    expect(pain[1]).toEqual(["2026-03-02", "4", "4", "6"]);
    const findings = readCsv(toCsvMovementFindings(record.movementFindings, "en"));
    expect(findings[1]).toEqual(expect.arrayContaining(["right", "14.5", "3"]));
    expect(findings[3]).toEqual(expect.arrayContaining(["Trunk lateral lean", "", "-2.5"]));
  });

  it("in French: semicolons, decimal commas, French headers, sides and test names, so French Excel opens it", () => {
    const record = exampleRecord("runnerPfp");
    const csv = toCsvMovementFindings(record.movementFindings, "fr");
    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFFdate;test;code_mesure;mesure;cote;valeur_deg;erreur_mesure_deg;methode",
    );
    const findings = readCsv(csv, ";");
    expect(findings[1]).toEqual(expect.arrayContaining(["droite", "14,5", "3"]));
    expect(findings[3]).toEqual(expect.arrayContaining(["", "-2,5"]));
    expect(findings.slice(1).every((row) => !/^[a-z]+(-[a-z]+)+$/.test(row[1]!))).toBe(true);
    expect(readCsv(toCsvPainEntries(record.painEntries, "fr"), ";")[0]).toEqual([
      "date",
      "douleur_actuelle_0_10",
      "douleur_habituelle_0_10",
      "douleur_maximale_0_10",
    ]);
  });
});

describe("toCsvStrengthChecks", () => {
  const checks: StrengthCheck[] = [
    {
      test: "abductor-endurance-hold",
      date: "2026-03-01",
      firstSide: "left",
      timeOfDay: "18:30",
      left: { holdSeconds: 42.5, timedBy: "stopwatch", stopReason: "leg-dropped" },
      right: { holdSeconds: 50, timedBy: "camera", stopReason: "hips-dropped" },
    },
    {
      test: "hip-abduction-dynamometer",
      date: "2026-03-15",
      firstSide: "right",
      left: { forceN: 200 },
      right: { forceN: 180 },
      leverArmM: 0.45,
      bodyMassKg: 60,
      device: "MicroFET2",
      placement: "side-lying, above the lateral knee",
    },
  ];

  it("writes one row per side, with the asymmetry and the check's error beside the value", () => {
    const rows = readCsv(toCsvStrengthChecks(checks, "en"));
    expect(rows[0]?.slice(0, 7)).toEqual([
      "date",
      "test",
      "test_name",
      "side",
      "first_side",
      "value",
      "unit",
    ]);
    expect(rows[1]).toEqual([
      "2026-03-01",
      "abductor-endurance-hold",
      "Side-lying leg hold",
      "left",
      "left",
      "42.5",
      "s",
      "42.5",
      "stopwatch",
      "leg-dropped",
      "",
      "",
      "",
      "",
      "",
      "15",
      "33 s",
      "18:30",
    ]);
    expect(rows[4]).toEqual([
      "2026-03-15",
      "hip-abduction-dynamometer",
      "Hip abduction, handheld dynamometer",
      "right",
      "right",
      "1.35",
      "N·m/kg",
      "",
      "",
      "",
      "180",
      "0.45",
      "60",
      "MicroFET2",
      "side-lying, above the lateral knee",
      "10",
      "15% of the baseline",
      "",
    ]);
  });

  it("in French: semicolons, decimal commas, French headers and names", () => {
    const rows = readCsv(toCsvStrengthChecks(checks, "fr"), ";");
    expect(rows[0]?.slice(0, 4)).toEqual(["date", "code_test", "test", "cote"]);
    expect(rows[2]?.slice(2, 10)).toEqual([
      "Maintien jambe tendue sur le côté",
      "droite",
      "gauche",
      "50",
      "s",
      "50",
      "caméra",
      "hips-dropped",
    ]);
    expect(rows[3]?.[16]).toBe("15 % de la valeur de départ");
  });
});

describe("toCsv", () => {
  it("reads back to the same cells, with formula-like text prefixed by an apostrophe (property)", () => {
    const cell = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }),
        (rows: CsvCell[][]) => {
          const read = readCsv(toCsv(["a", "b", "c"], rows));
          const french = readCsv(toCsv(["a", "b", "c"], rows, CSV_DIALECTS.fr), ";");
          const expected = rows.map((row) =>
            row.map((value) => {
              if (value === null) return "";
              if (typeof value === "string") return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
              return String(value);
            }),
          );
          expect(read).toEqual([["a", "b", "c"], ...expected]);
          expect(french).toEqual([["a", "b", "c"], ...expected]);
        },
      ),
    );
  });

  it("guards every formula start a spreadsheet knows", () => {
    const rows = readCsv(toCsv(["x"], [["=1+1"], ["+1"], ["-1"], ["@SUM(A1)"], ["\tx"], ["safe"], [-1]]));
    expect(rows.slice(1).map((row) => row[0])).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "safe",
      "-1",
    ]);
  });
});
