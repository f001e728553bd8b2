import ICAL from "ical.js";
import { portalSearchBundle } from "@hipcheck/interop/testing";
import { PAIN_RULE } from "@hipcheck/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { CheckInPage } from "./pages/check-in-page.js";
import { CoachPages, JoinPage } from "./pages/coach-pages.js";
import { DataPage } from "./pages/data-page.js";
import { ProgramPage } from "./pages/program-page.js";
import { SharedProgramPage } from "./pages/shared-program-page.js";
import { openBrowser, screenshotBothSizes } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { downloadBy, pdfInfo, pdfText, textOf } from "./support/downloads.js";
import { createCoach, signedInTransport } from "./support/api-session.js";
import { bootstrapAdmin, startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";

const LEA = { email: "lea.lunges@example.test", password: "warrior-two-2026", painNow: 4 };
const INES = { email: "ines.coach@example.test", password: "yoga-teacher-2026" };

function eventCount(ics: string): number {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar.getAllSubcomponents("vevent").length;
}

/**
 * Léa practises yoga and her kneecap hurts on the stairs. She prints her program, puts it in her phone's calendar
 * and shares it with Inès, her yoga teacher, who opens the link on her laptop without signing in, reads it in
 * French and prints it for her class. Once Léa stops the link, the page says it no longer works. Léa also takes her
 * record to her physiotherapist's system (FHIR) and a spreadsheet, and a broken file she tries to import changes
 * nothing. Later Léa becomes Inès's client, and Inès downloads Léa's handout and record from her coach's page.
 */
describe("Léa shares her program with Inès, her yoga teacher", () => {
  let server: TestServer;
  let lea: Person;
  let ines: Person;

  beforeAll(async () => {
    server = await startTestServer();
    await bootstrapAdmin(server.dataDir, "admin@example.test", "clinic-admin-2026");
    await createCoach(
      await signedInTransport(server.url, "admin@example.test", "clinic-admin-2026"),
      INES.email,
      INES.password,
    );
    lea = await openBrowser(server.url);
    ines = await openBrowser(server.url);
  });

  afterAll(async () => {
    await ines.close();
    await lea.close();
    await server.stop();
  });

  it("prints, calendars and shares the plan, then stops the link; her record goes out and a bad file stays out", async () => {
    const { page } = lea;
    const shell = new AppShell(page);
    await page.goto("/");
    await shell.chooseLanguage("en");
    await new AuthPage(page).signUp(LEA.email, LEA.password);
    await new CheckInPage(page).complete({
      ageYears: 41,
      painNow: LEA.painNow,
      sports: ["yoga"],
      days: ["mon", "wed", "fri"],
      psfsActivity: "Going down stairs",
    });
    const program = new ProgramPage(page);
    await page.getByTestId("program-page").waitFor();
    await page.getByTestId("share-links").waitFor();
    const names = await program.exerciseNames();
    expect(names.length).toBeGreaterThan(3);
    await screenshotBothSizes(page, "en-sharing-program");

    // The handout: a real PDF, with her (the email stands for a name she did not give) and every exercise.
    const handout = await downloadBy(page, () => program.clickDownloadHandout());
    expect(handout.fileName).toBe("hipcheck-program-en.pdf");
    expect(Number(pdfInfo(handout.path).Pages)).toBeGreaterThan(1);
    const handoutText = pdfText(handout.path);
    expect(handoutText).toContain(LEA.email);
    for (const name of names) expect(handoutText).toContain(name);

    // The calendar is written by the page itself, so it works with no network: one event per session and
    // checkpoint. The handout needs the server, and says so instead of saving a broken file.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await lea.context.setOffline(true);
    const calendar = await downloadBy(page, () => program.clickDownloadCalendar());
    expect(calendar.fileName).toBe("hipcheck-program.ics");
    expect(eventCount(textOf(calendar.path))).toBeGreaterThan(3);
    await program.clickDownloadHandout();
    await expect
      .poll(() => page.getByTestId("download-handout-error").textContent())
      .toContain("No connection");
    await lea.context.setOffline(false);

    // A French handout on request, whatever the screen's language.
    await program.chooseFileLanguage("fr");
    const handoutFr = await downloadBy(page, () => program.clickDownloadHandout());
    expect(handoutFr.fileName).toBe("hipcheck-program-fr.pdf");
    expect(pdfText(handoutFr.path)).toContain("La règle de la douleur");

    const url = await program.createShareLink(30);
    expect(url).toMatch(new RegExp(`^${server.url}/shared/[A-Za-z0-9_-]{20,}$`));
    await expect.poll(() => program.shareLinks().count()).toBe(1);
    expect(await program.shareLinks().first().getAttribute("data-status")).toBe("active");
    await screenshotBothSizes(page, "en-sharing-link-created");

    // Inès is not signed in: she sees the plan, the pain rule, and nothing about Léa.
    const shared = new SharedProgramPage(ines.page);
    expect(await shared.open(url)).toBe("ready");
    expect((await shared.exerciseNames()).sort()).toEqual(expect.arrayContaining(names.slice(0, 3)));
    await shared.painRule().waitFor();
    expect(await shared.pageText()).not.toContain(LEA.email);
    await screenshotBothSizes(ines.page, "en-sharing-shared");

    await new AppShell(ines.page).chooseLanguage("fr");
    await expect
      .poll(() => shared.heading().textContent())
      .toBe("Un programme pour les hanches, partagé avec vous");
    expect(await shared.painRule().textContent()).toContain("La règle de la douleur");
    // The same words as the handout and the person's own program page: one pain rule everywhere.
    expect(await shared.painRule().textContent()).toContain(PAIN_RULE.fr);
    await screenshotBothSizes(ines.page, "fr-sharing-shared");
    const sharedHandout = await downloadBy(ines.page, () => shared.clickDownloadHandout());
    expect(sharedHandout.fileName).toBe("hipcheck-program-fr.pdf");
    const sharedText = pdfText(sharedHandout.path);
    expect(sharedText).toContain("La règle de la douleur");
    expect(sharedText).not.toContain(LEA.email);

    await program.revokeFirstActiveLink();
    expect(await shared.reload()).toBe("gone");
    expect(await shared.goneMessage().textContent()).toContain("Ce lien ne fonctionne plus");
    await screenshotBothSizes(ines.page, "fr-sharing-gone");

    // Her record: the check-in's pain is on the server once the queue is empty.
    await shell.pendingCount().waitFor({ state: "detached" });
    const data = new DataPage(page);
    await data.open();
    const fhir = await downloadBy(page, () => data.clickDownload("fhir"));
    const bundle = JSON.parse(textOf(fhir.path)) as {
      resourceType: string;
      entry: { resource: { resourceType: string } }[];
    };
    expect(bundle.resourceType).toBe("Bundle");
    expect(bundle.entry.map((entry) => entry.resource.resourceType)).toContain("Patient");
    const pain = await downloadBy(page, () => data.clickDownload("pain-csv"));
    // A byte-order mark first, so spreadsheets read the file as UTF-8.
    expect(textOf(pain.path).startsWith("\uFEFF")).toBe(true);
    const rows = textOf(pain.path)
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(rows[0]).toBe("date,pain_now_0_10,pain_usual_0_10,pain_worst_0_10");
    expect(rows.slice(1).some((row) => row.split(",")[1] === String(LEA.painNow))).toBe(true);
    await screenshotBothSizes(page, "en-sharing-data");

    // Her own record back: nothing is added twice.
    await data.importFhir("hipcheck-record.fhir.json", textOf(fhir.path));
    await data.imported().waitFor();
    expect(await data.imported().textContent()).toContain("Pain entries added: 0");

    // A file cut short, then a Bundle with two patients (whose record?): each is refused and changes nothing.
    await data.importFhir("record.json", textOf(fhir.path).slice(0, 200));
    await expect.poll(() => data.importError().textContent()).toContain("not readable JSON");
    expect(await data.importError().textContent()).toContain("Nothing was changed.");
    await screenshotBothSizes(page, "en-sharing-import-error");
    const foreign = {
      resourceType: "Bundle",
      type: "collection",
      entry: [{ resource: { resourceType: "Patient" } }, { resource: { resourceType: "Patient" } }],
    };
    await data.importFhir("foreign.json", JSON.stringify(foreign));
    await expect.poll(() => data.importError().textContent()).toContain("The record was refused");
    const painAfter = await downloadBy(page, () => data.clickDownload("pain-csv"));
    expect(textOf(painAfter.path)).toBe(textOf(pain.path));

    // A clinic portal's record: its pain scores come in, the heart rate and the visit are listed as not added.
    await data.importFhir("portal.json", JSON.stringify(portalSearchBundle()));
    await expect
      .poll(async () => (await data.imported().textContent()) ?? "")
      .toContain("Pain entries added: 2");
    await data.skipped().locator("summary").click();
    expect(await data.skipped().locator("summary").textContent()).toBe("Not added (3)");
    expect(await data.skipped().locator("li[data-reason='not-read']").allTextContents()).toEqual([
      expect.stringMatching(/^Observation eaO1\.hr\.1: HipCheck keeps nothing of this kind/),
      expect.stringMatching(/^Encounter eXlR3: HipCheck keeps nothing of this kind/),
    ]);

    // The same record as the portal's bulk export writes it, one resource a line: already in, nothing added twice.
    // Cut short in its last line, it is refused before anything is sent, the line named.
    const lines = (portalSearchBundle().entry as { resource: unknown }[]).map(({ resource }) =>
      JSON.stringify(resource),
    );
    await data.importFhir("Observation.ndjson", lines.join("\n"));
    await expect
      .poll(async () => (await data.imported().textContent()) ?? "")
      .toContain("Pain entries added: 0");
    await data.importFhir("Observation.ndjson", `${lines.join("\n")}\n${(lines[1] ?? "").slice(0, 30)}`);
    await expect
      .poll(async () => (await data.importError().textContent()) ?? "")
      .toContain(`Line ${String(lines.length + 1)} of this bulk export (NDJSON) is not a FHIR resource`);
  });

  it("as Léa's coach, Inès downloads her handout, record and spreadsheets; someone else's are not hers to take", async () => {
    const { page } = ines;
    await new AuthPage(page).signIn(INES.email, INES.password);
    await page.getByTestId("coach-page").waitFor();
    const coach = new CoachPages(page);
    const code = await coach.createInvitationCode();
    await new JoinPage(lea.page).acceptByLink(code);
    await expect.poll(() => lea.page.getByTestId("join-status").getAttribute("class")).toBe("ok");

    await coach.openClient(LEA.email);
    await page.getByTestId("client-downloads").waitFor();
    await screenshotBothSizes(page, "fr-sharing-coach-client");
    const handout = await downloadBy(page, () => page.getByTestId("client-download-handout").click());
    expect(handout.fileName).toBe("hipcheck-program-fr.pdf");
    expect(pdfText(handout.path)).toContain(LEA.email);
    const fhir = await downloadBy(page, () => page.getByTestId("client-download-fhir").click());
    expect((JSON.parse(textOf(fhir.path)) as { resourceType: string }).resourceType).toBe("Bundle");
    const sessions = await downloadBy(page, () => page.getByTestId("client-download-sessions-csv").click());
    expect(sessions.fileName).toBe("hipcheck-sessions.csv");

    // A client id that is not hers answers 404: the page says she shares nothing with Inès, and offers no file.
    await page.goto("/coach/clients/not-a-client-of-ines");
    await page.getByTestId("client-not-found").waitFor();
    expect(await page.getByTestId("client-not-found").textContent()).toContain("ne partage plus ses données");
    expect(await page.getByTestId("client-downloads").count()).toBe(0);
  });
});
