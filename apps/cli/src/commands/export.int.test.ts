/**
 * A clinic prints Dana's handout, sends her record to its own system and brings in her watch file, all from the
 * command line on the server's database. Needs poppler-utils (`pdfinfo`) and a real SQLite file.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { accountActor, createHipCheck } from "@hipcheck/application";
import { personas } from "@hipcheck/core/testing";
import { icsOptionsFor, renderProgramIcs } from "@hipcheck/interop";
import { portalSearchBundle } from "@hipcheck/interop/testing";
import { analyzeMovement, type KeypointFrame } from "@hipcheck/motion";
import { syntheticDips } from "@hipcheck/motion/testing";
import { createArgon2PasswordHasher, cryptoSecrets, systemClock, uuidV7Ids } from "@hipcheck/server";
import { openStorage } from "@hipcheck/storage";
import { describe, expect, it } from "vitest";
import { hipcheck, tempDir } from "../../test/kit.js";

const GPX_RUN = `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <trk><type>running</type><trkseg>
    <trkpt lat="48.8566" lon="2.3522"><time>2026-11-20T06:30:00Z</time></trkpt>
    <trkpt lat="48.8656" lon="2.3522"><time>2026-11-20T06:40:00Z</time></trkpt>
  </trkseg></trk>
</gpx>`;

/** Five single-leg squats on the right leg, the knee caving 12° at the bottom of each. */
function singleLegSquats(): KeypointFrame[] {
  return syntheticDips(5, (depth) => ({
    fppaDeg: { left: 0, right: 12 * depth },
  }));
}

/** Dana's account, check-in, program and a movement screen in a SQLite database under `dir/data`. */
async function clinicWithDana(dir: string): Promise<{ programId: string; findingCount: number }> {
  const storage = await openStorage({ dataDir: join(dir, "data") });
  try {
    const app = createHipCheck({
      repositories: storage.repositories,
      clock: systemClock,
      ids: uuidV7Ids,
      secrets: cryptoSecrets,
      passwords: createArgon2PasswordHasher(),
    });
    const account = await app.signUp(
      { kind: "anonymous" },
      { email: "dana@example.org", password: "correct horse battery" },
    );
    if (!account.ok) throw new Error(account.error.message);
    const dana = accountActor(account.value.accountId, "person");
    const checkIn = await app.submitCheckIn(dana, { answers: personas.runnerPfp });
    if (!checkIn.ok) throw new Error(checkIn.error.message);
    const program = await app.createProgram(dana, { startDate: "2026-11-23" });
    if (!program.ok) throw new Error(program.error.message);
    const keypoints = singleLegSquats();
    const report = analyzeMovement(keypoints, { test: "single-leg-squat", side: "right" });
    const screen = await app.saveMovementScreen(dana, {
      report,
      keypoints,
      recordedAt: "2026-11-20T09:00:00.000Z",
    });
    if (!screen.ok) throw new Error(screen.error.message);
    return { programId: program.value.programId, findingCount: report.findings.length };
  } finally {
    await storage.close();
  }
}

const db = ["--data-dir", "data"];

describe("hipcheck export handout", () => {
  it("writes Dana's handout as a PDF that pdfinfo reads, and refuses to overwrite it without --force", async () => {
    const dir = tempDir();
    const { programId } = await clinicWithDana(dir);
    const args = ["export", "handout", "--program", programId, "--out", "dana.pdf", "--lang", "fr", ...db];
    const first = await hipcheck(args, { cwd: dir });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const pdf = join(dir, "dana.pdf");
    expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/Pages:\s+\d+/);

    writeFileSync(pdf, "Dana's own notes");
    const again = await hipcheck(args, { cwd: dir });
    expect(again.code).toBe(75);
    expect(again.stderr).toMatch(/--force/);
    expect(readFileSync(pdf, "utf8")).toBe("Dana's own notes");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);

    const forced = await hipcheck([...args, "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("an unknown program id is not found and writes nothing", async () => {
    const dir = tempDir();
    await clinicWithDana(dir);
    const run = await hipcheck(["export", "handout", "--program", "nope", "--out", "x.pdf", ...db], {
      cwd: dir,
    });
    expect(run.code).toBe(66);
    expect(existsSync(join(dir, "x.pdf"))).toBe(false);
  });
});

describe("hipcheck export fhir and import activities", () => {
  it("writes Dana's record as a FHIR bundle and imports her run once", async () => {
    const dir = tempDir();
    const { findingCount } = await clinicWithDana(dir);
    const fhir = await hipcheck(
      ["export", "fhir", "--account", "dana@example.org", "--out", "dana.json", ...db],
      {
        cwd: dir,
      },
    );
    expect(fhir.code).toBe(0);
    const bundle = JSON.parse(readFileSync(join(dir, "dana.json"), "utf8")) as {
      entry: { resource: { identifier?: { system: string }[] } }[];
    };
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    const movement = bundle.entry.filter(
      (entry) => entry.resource.identifier?.[0]?.system === "urn:hipcheck:movement-finding",
    );
    expect(movement).toHaveLength(findingCount);

    writeFileSync(join(dir, "run.gpx"), GPX_RUN);
    const args = ["import", "activities", "run.gpx", "--account", "dana@example.org", ...db];
    const first = await hipcheck(args, { cwd: dir });
    expect(first.stderr).toBe("");
    expect(first.stdout).toContain("1 activities added, 0 already imported");
    const second = await hipcheck(args, { cwd: dir });
    expect(second.stdout).toContain("0 activities added, 1 already imported");
  });

  it("writes Dana's movement findings, pain entries and sessions as spreadsheets", async () => {
    const dir = tempDir();
    const { findingCount } = await clinicWithDana(dir);
    const csv = (what: string, out: string, lang = "en") =>
      hipcheck(
        [
          "export",
          "csv",
          "--what",
          what,
          "--account",
          "dana@example.org",
          "--out",
          out,
          "--lang",
          lang,
          ...db,
        ],
        { cwd: dir },
      );
    const movement = await csv("movement", "movement.csv", "fr");
    expect(movement.stderr).toBe("");
    expect(movement.code).toBe(0);
    const lines = readFileSync(join(dir, "movement.csv"), "utf8")
      .split("\r\n")
      .filter((line) => line !== "");
    expect(lines[0]).toBe("\uFEFFdate;test;code_mesure;mesure;cote;valeur_deg;erreur_mesure_deg;methode");
    expect(lines).toHaveLength(1 + findingCount);
    expect(lines[1]).toMatch(/^2026-11-20;Squat unipodal;knee-frontal-plane-angle;Angle de projection/);
    expect((await csv("pain", "pain.csv")).code).toBe(0);
    expect(readFileSync(join(dir, "pain.csv"), "utf8")).toMatch(/^\uFEFFdate,pain_now/);
    expect((await csv("sessions", "sessions.csv")).code).toBe(0);
    expect(readFileSync(join(dir, "sessions.csv"), "utf8")).toMatch(/^\uFEFFdate,log_id/);

    const unknown = await csv("photos", "photos.csv");
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/sessions, pain, movement/);
    expect(existsSync(join(dir, "photos.csv"))).toBe(false);
  });

  it("a file that is not an activity file is refused with the reader's message", async () => {
    const dir = tempDir();
    await clinicWithDana(dir);
    writeFileSync(join(dir, "notes.txt"), "hello");
    const run = await hipcheck(
      ["import", "activities", "notes.txt", "--account", "dana@example.org", ...db],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(65);
    expect(run.stderr).toMatch(/not a \.fit, \.gpx or \.tcx/);
  });
});

describe("hipcheck export calendar", () => {
  it("writes the server's .ics for Dana's program, with a reminder at the time asked", async () => {
    const dir = tempDir();
    const { programId } = await clinicWithDana(dir);
    const args = ["export", "calendar", "--program", programId, "--out", "dana.ics", "--lang", "fr"];
    const run = await hipcheck([...args, "--reminder", "07:30", ...db], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const storage = await openStorage({ dataDir: join(dir, "data") });
    const program = await storage.repositories.programs.findById(programId);
    await storage.close();
    const expected = renderProgramIcs(program!.program, icsOptionsFor("fr", "07:30"));
    // Only the moment each event was written (DTSTAMP) differs between two renderings.
    const unstamped = (ics: string) => ics.replace(/^DTSTAMP:.*$/gm, "DTSTAMP");
    const written = readFileSync(join(dir, "dana.ics"), "utf8");
    expect(unstamped(written)).toBe(unstamped(expected));
    expect(written).toContain("BEGIN:VALARM");
    expect(written).toContain("TRIGGER:PT7H30M");
    expect(written).toContain("Séance");
  });

  it("a reminder that is not a time of day is refused and writes nothing", async () => {
    const dir = tempDir();
    const { programId } = await clinicWithDana(dir);
    const run = await hipcheck(
      ["export", "calendar", "--program", programId, "--out", "x.ics", "--reminder", "25:00", ...db],
      { cwd: dir },
    );
    expect(run.code).toBe(65);
    expect(run.stderr).toMatch(/reminder/);
    expect(existsSync(join(dir, "x.ics"))).toBe(false);
  });
});

describe("hipcheck import fhir", () => {
  it("brings a clinic portal's pain scores into Dana's record once, and lists what it leaves out", async () => {
    const dir = tempDir();
    await clinicWithDana(dir);
    writeFileSync(join(dir, "portal.json"), JSON.stringify(portalSearchBundle()));
    const args = ["import", "fhir", "portal.json", "--account", "dana@example.org", ...db];
    const first = await hipcheck(args, { cwd: dir });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      "Added: 0 checkIns, 2 painEntries, 0 psfsEntries, 0 strengthChecks, 0 movementFindings.",
    );
    expect(first.stdout).toContain("Skipped 3:");
    expect(first.stdout).toContain("  Observation eaO1.pain.3 (not-final): status entered-in-error");
    expect(first.stdout).toMatch(/ {2}Observation eaO1\.hr\.1 \(not-read\): Observation coded 8867-4/);
    expect(first.stdout).toContain("  Encounter eXlR3 (not-read): HipCheck keeps no Encounter");
    const second = await hipcheck(args, { cwd: dir });
    expect(second.stdout).toContain("Added: 0 checkIns, 0 painEntries");
  });

  it("takes the same record as a bulk export (NDJSON) or one resource a file, as other systems write them", async () => {
    const dir = tempDir();
    await clinicWithDana(dir);
    const resources = (portalSearchBundle().entry as { resource: { id: string } }[]).map(
      ({ resource }) => resource,
    );
    writeFileSync(join(dir, "Observation.ndjson"), resources.map((r) => `${JSON.stringify(r)}\r\n`).join(""));
    const bulk = await hipcheck(
      ["import", "fhir", "Observation.ndjson", "--account", "dana@example.org", ...db],
      {
        cwd: dir,
      },
    );
    expect(bulk.stderr).toBe("");
    expect(bulk.stdout).toContain(
      "Added: 0 checkIns, 2 painEntries, 0 psfsEntries, 0 strengthChecks, 0 movementFindings.",
    );
    expect(bulk.stdout).toContain("Skipped 3:");
    // One of those pain scores again, alone in its file as a phone's health app writes it: already there.
    const pain = resources.find((resource) => resource.id === "eaO1.pain.1");
    writeFileSync(join(dir, "Observation-eaO1.pain.1.json"), JSON.stringify(pain));
    const single = await hipcheck(
      ["import", "fhir", "Observation-eaO1.pain.1.json", "--account", "dana@example.org", ...db],
      { cwd: dir },
    );
    expect(single.code).toBe(0);
    expect(single.stdout).toContain("Added: 0 checkIns, 0 painEntries");
    // A bulk export cut short in its last line is refused whole, with the line named.
    writeFileSync(join(dir, "cut.ndjson"), `${JSON.stringify(pain)}\n${JSON.stringify(pain).slice(0, 40)}`);
    const cut = await hipcheck(["import", "fhir", "cut.ndjson", "--account", "dana@example.org", ...db], {
      cwd: dir,
    });
    expect(cut.code).toBe(65);
    expect(cut.stderr).toMatch(/line 2 is not a FHIR resource/);
  });

  it("a file that is not JSON is refused", async () => {
    const dir = tempDir();
    await clinicWithDana(dir);
    writeFileSync(join(dir, "notes.json"), "Dana's notes");
    const run = await hipcheck(["import", "fhir", "notes.json", "--account", "dana@example.org", ...db], {
      cwd: dir,
    });
    expect(run.code).toBe(65);
    expect(run.stderr).toMatch(/is not readable JSON or NDJSON/);
  });
});
