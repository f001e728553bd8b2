import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Encoder, Profile } from "@garmin/fitsdk";
import { zipSync } from "fflate";
import type { FileIdMesg, SessionMesg } from "@garmin/fitsdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testdataPath } from "../../../testdata/testdata-path.js";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { CheckInPage } from "./pages/check-in-page.js";
import { CoachPages, JoinPage } from "./pages/coach-pages.js";
import { TrainingLoadSection } from "./pages/training-load.js";
import { createCoach, signedInTransport } from "./support/api-session.js";
import { LAPTOP, SMALL_PHONE, openBrowser, screenshotBothSizes } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { bootstrapAdmin, startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_ENGLISH } from "./support/journey-language.js";

const DAY_MS = 24 * 60 * 60 * 1000;
const RIDE_MINUTES = 30;
const RUN_MINUTES = 30;
const PHOTO = testdataPath("images/human_stock-models-1.jpg");

/** Midnight UTC `daysAgo` days before now: the files record UTC instants and the server counts UTC days. */
function daysAgo(days: number, hourUtc: number): Date {
  const day = new Date(Date.now() - days * DAY_MS);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hourUtc));
}

/**
 * Four easy half-hour rides, one in each of the four weeks before this one, written with Garmin's own FIT
 * encoder as a bike computer without a cadence sensor would: the app must estimate their pedal strokes.
 */
function ridesFit(): Uint8Array {
  const fileId: FileIdMesg = {
    manufacturer: "development",
    product: 1,
    timeCreated: daysAgo(9, 10),
    type: "activity",
  };
  const fit = new Encoder();
  fit.onMesg(Profile.MesgNum.FILE_ID!, fileId);
  for (const days of [30, 23, 16, 9]) {
    const ride: SessionMesg = {
      startTime: daysAgo(days, 9),
      timestamp: new Date(daysAgo(days, 9).getTime() + RIDE_MINUTES * 60_000),
      sport: "cycling",
      totalElapsedTime: RIDE_MINUTES * 60,
      totalTimerTime: RIDE_MINUTES * 60,
      totalDistance: 12_000,
    };
    fit.onMesg(Profile.MesgNum.SESSION!, ride);
  }
  return fit.close();
}

/** Two days ago, a half-hour run from a watch that records cadence: far more repetitions than usual. */
function runGpx(): string {
  const start = daysAgo(2, 6).getTime();
  const points = Array.from({ length: RUN_MINUTES + 1 }, (_, minute) => {
    const time = new Date(start + minute * 60_000).toISOString();
    const lat = (48.8566 + minute * 0.0015).toFixed(4);
    const cadence = "<gpxtpx:TrackPointExtension><gpxtpx:cad>84</gpxtpx:cad></gpxtpx:TrackPointExtension>";
    return `<trkpt lat="${lat}" lon="2.3522"><time>${time}</time><extensions>${cadence}</extensions></trkpt>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="HipCheck journey" xmlns="http://www.topografix.com/GPX/1/1"
     xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
  <trk><name>Run</name><type>running</type><trkseg>
${points.join("\n")}
  </trkseg></trk>
</gpx>`;
}

const TEXT = {
  en: {
    heading: "Training load",
    spike: "spike",
    caution: "It is a prompt to look at your load beside your pain, not a rule and not a diagnosis.",
    cautionCoach:
      "It is a prompt to look at the person's load beside their pain, not a rule and not a diagnosis.",
  },
  fr: {
    heading: "Charge d’entraînement",
    spike: "pic",
    caution:
      "C’est une invitation à regarder votre charge à côté de votre douleur, pas une règle ni un diagnostic.",
    cautionCoach:
      "C’est une invitation à regarder la charge de la personne à côté de sa douleur, pas une règle ni un diagnostic.",
  },
} as const;

/**
 * Noor cycles to work and has started running; her left knee aches after runs. She imports last month's
 * rides from her bike computer and this week's run from her watch, sees the run week stand out as a spike
 * beside her pain, and learns that importing a file twice, or a photo by mistake, changes nothing. Her coach
 * Inès sees the same weeks on Noor's page, without the upload.
 */
describe.each(IN_ENGLISH)("Noor's training load beside her pain, in %s", (lang) => {
  let server: TestServer;
  let noor: Person;
  let ines: Person;
  let files: string;
  const noorEmail = `noor-${lang}@example.test`;
  const coachEmail = `ines-${lang}@example.test`;

  beforeAll(async () => {
    server = await startTestServer();
    await bootstrapAdmin(server.dataDir, "admin@example.test", "clinic-admin-2026");
    await createCoach(
      await signedInTransport(server.url, "admin@example.test", "clinic-admin-2026"),
      coachEmail,
      "yoga-teacher-2026",
    );
    noor = await openBrowser(server.url);
    ines = await openBrowser(server.url);
    files = mkdtempSync(join(tmpdir(), "hipcheck-activities-"));
    writeFileSync(join(files, "rides.fit"), ridesFit());
    writeFileSync(join(files, "run.gpx"), runGpx());
  });

  afterAll(async () => {
    await noor.close();
    await ines.close();
    await server.stop();
    rmSync(files, { recursive: true, force: true });
  });

  it("imports her files, sees the spike beside her pain, adds nothing twice, and her coach sees it", async () => {
    const { page } = noor;
    await page.goto("/");
    await new AppShell(page).chooseLanguage(lang);
    await new AuthPage(page).signUp(noorEmail, "bike-to-work-2026");
    await new CheckInPage(page).complete({
      ageYears: 29,
      painNow: 2,
      painUsual: 0,
      sports: ["running", "cycling"],
      days: ["mon", "wed", "fri"],
    });
    await page.getByTestId("program-page").waitFor();

    const load = new TrainingLoadSection(page);
    await load.open();
    expect(await load.heading().textContent()).toBe(TEXT[lang].heading);
    expect(await load.activityCount()).toBe(0);

    const imported = await load.importFiles([join(files, "run.gpx"), join(files, "rides.fit")]);
    expect(imported.map(({ file, outcome }) => [file, outcome])).toEqual([
      ["run.gpx", "added"],
      ["rides.fit", "added"],
    ]);
    await expect.poll(() => load.activityCount()).toBe(5);
    const activities = await load.activities();
    const [run, ...rides] = activities;
    expect(run).toMatchObject({ sport: "running", estimated: false });
    expect(rides.map((ride) => [ride.sport, ride.estimated])).toEqual(Array(4).fill(["cycling", true]));
    expect(run!.repetitions).toBeGreaterThan(2 * rides[0]!.repetitions);

    const weeks = await load.weeks();
    const thisWeek = weeks.at(-1)!;
    // The check-in already recorded today's pain; Noor left its usual pain at 0.
    expect(thisWeek).toMatchObject({ repetitions: run!.repetitions, signal: "spike", painUsual: "0" });
    const total = activities.reduce((sum, activity) => sum + activity.repetitions, 0);
    expect(weeks.reduce((sum, week) => sum + week.repetitions, 0)).toBe(total);
    expect(await load.chart().getAttribute("data-marked-weeks")).toBe("1");
    expect(await load.thisWeek().textContent()).toContain(TEXT[lang].spike);
    expect(await load.chart().getByTestId("load-source").textContent()).toContain("Gabbett");
    expect(await load.chart().getByTestId("load-caution").textContent()).toContain(TEXT[lang].caution);

    const again = await load.importFiles([join(files, "run.gpx")]);
    expect(again.map(({ outcome }) => outcome)).toEqual(["already-imported"]);
    // The same run gzipped, as Strava's bulk export keeps it, and the rides zipped as Garmin Connect's "Export
    // Original" gives them: both read, and known.
    const packed = { name: "run.gpx.gz", mimeType: "application/gzip", buffer: gzipSync(runGpx()) };
    const zipped = {
      name: "21034.zip",
      mimeType: "application/zip",
      buffer: Buffer.from(zipSync({ "21034_ACTIVITY.fit": ridesFit() })),
    };
    const packedAgain = await load.importFiles([packed, zipped]);
    expect(packedAgain.map(({ outcome }) => outcome)).toEqual(["already-imported", "already-imported"]);
    await expect.poll(() => load.weeks()).toEqual(weeks);
    expect(await load.activityCount()).toBe(5);

    const photo = { name: "ride.fit", mimeType: "application/octet-stream", buffer: readFileSync(PHOTO) };
    const refused = await load.importFiles([photo]);
    expect(refused.map(({ outcome }) => outcome)).toEqual(["failed"]);
    expect(refused[0]!.text).toContain("not a FIT file");
    expect(await load.activityCount()).toBe(5);
    expect(await load.weeks()).toEqual(weeks);

    await load.recordPain(4, 6);
    // Today holds two entries now, the check-in's (usual 0) and this one: the week shows their mean
    // and the highest worst pain.
    await expect
      .poll(async () => (await load.weeks()).at(-1))
      .toMatchObject({ repetitions: run!.repetitions, painUsual: "2", painWorst: "6" });
    expect(await load.chart().getAttribute("data-pain-weeks")).toBe("1");
    await load.section().locator("details summary").first().click();
    await screenshotBothSizes(page, `${lang}-training-load`);
    // On a 320 px phone the plot keeps most of the chart's 260 px: the legend wraps below it, not inside it.
    await page.setViewportSize(SMALL_PHONE);
    await expect.poll(() => load.plotHeightPx()).toBeGreaterThan(180);
    await page.setViewportSize(LAPTOP);
    const noorWeeks = await load.weeks();

    await ines.page.goto("/");
    await new AppShell(ines.page).chooseLanguage(lang);
    await new AuthPage(ines.page).signIn(coachEmail, "yoga-teacher-2026");
    await ines.page.getByTestId("coach-page").waitFor();
    const coach = new CoachPages(ines.page);
    const code = await coach.createInvitationCode();
    await new JoinPage(page).acceptByLink(code);
    await expect.poll(() => page.getByTestId("join-status").getAttribute("class")).toBe("ok");
    await coach.openClient(noorEmail);
    const clientLoad = new TrainingLoadSection(ines.page);
    await ines.page.locator('[data-testid="training-load"][data-loaded="true"]').waitFor();
    expect(await clientLoad.heading().textContent()).toBe(TEXT[lang].heading);
    expect(await ines.page.getByTestId("activity-files").count()).toBe(0);
    expect(await clientLoad.activityCount()).toBe(5);
    expect(await clientLoad.weeks()).toEqual(noorWeeks);
    expect(await clientLoad.thisWeek().textContent()).toContain(TEXT[lang].spike);
    // Ines reads about Noor, not to her.
    expect(await clientLoad.chart().getByTestId("load-caution").textContent()).toContain(
      TEXT[lang].cautionCoach,
    );
    await clientLoad.section().scrollIntoViewIfNeeded();
    await screenshotBothSizes(ines.page, `${lang}-coach-training-load`);
  });
});
