/**
 * Léa, two weeks into her program, records her week-2 side-lying hold on her phone: Today offers it, the
 * stopwatch times a side, an absurd time is refused, and she reads both sides against her baseline, the difference
 * between them and an honest verdict, then sees it on her progress page, in English and French. In French, her
 * baseline itself is timed in the browser, each side from the film of her hold she chose beside the live camera. Maya, the
 * physiotherapist who coaches Noé and Zoé, sees who is not improving, Noé's holds per side over time with their
 * verdict, and enters Noé's dynamometer reading from the clinic.
 */
import { callRoute } from "@hipcheck/contracts";
import { addDays } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { ClinicReadingForm } from "./pages/coach-pages.js";
import { StrengthPage } from "./pages/strength-page.js";
import { signedInTransport } from "./support/api-session.js";
import { PHONE, openBrowser, sidewaysScrollPx } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { RENDERED_HOLD_SECONDS, renderedHoldClip } from "./support/fake-camera.js";
import type { FakeCamera } from "./support/fake-camera.js";
import { bootstrapAdmin, startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_FRENCH } from "./support/journey-language.js";
import { localToday } from "./support/local-today.js";
import { ok } from "./support/ok.js";

const PASSWORD = "side-lying-holds-2026";

describe("Léa's week-2 strength check at phone size", () => {
  let server: TestServer;
  let lea: Person | undefined;
  let maya: Person | undefined;
  let holdClip: FakeCamera;

  beforeAll(async () => {
    holdClip = renderedHoldClip();
    server = await startTestServer();
  });

  afterAll(async () => {
    await lea?.close();
    await maya?.close();
    await server.stop();
    holdClip.remove();
  });

  it.each(IN_FRENCH)("in %s", async (lang) => {
    // A fresh browser for each language: nobody is signed in yet, and the device holds nothing.
    await lea?.close();
    lea = await openBrowser(server.url);
    const { page } = lea;
    await page.setViewportSize(PHONE);
    const today = localToday();
    const start = addDays(today, -13);
    const email = `lea-strength-${lang}@example.test`;
    await page.goto("/");
    await new AppShell(page).chooseLanguage(lang);
    await new AuthPage(page).signUp(email, PASSWORD);
    await page.getByTestId("check-in-page").waitFor();
    // Her check-in, and her program started 13 days ago.
    const transport = await signedInTransport(server.url, email, PASSWORD);
    const answers = { ...personas.runnerPfp, availableDays: [...personas.runnerPfp.availableDays] };
    await ok(callRoute(transport, "submitCheckIn", { body: { answers, date: start } }));
    await ok(callRoute(transport, "createProgram", { body: { startDate: start } }));
    const strength = new StrengthPage(page);
    // Her baseline hold, the day before: about 4 s each side (she was just starting).
    if (lang === "fr") {
      // Timed in the browser from the film of her hold, each side, through the pose model on the device.
      await strength.open();
      await strength.chooseDay(addDays(start, -1));
      for (const side of ["left", "right"] as const) {
        const seconds = await strength.timeFromVideo(side, holdClip.path);
        expect(Math.abs(seconds - RENDERED_HOLD_SECONDS)).toBeLessThanOrEqual(0.5);
        expect(await strength.cameraTimed(side).textContent()).toMatch(/sortie de l’image/);
      }
      await strength.save();
      await page.getByTestId("strength-saved").waitFor();
    } else {
      const baseline = {
        test: "abductor-endurance-hold" as const,
        date: addDays(start, -1),
        firstSide: "left" as const,
        left: { holdSeconds: RENDERED_HOLD_SECONDS, timedBy: "stopwatch" as const },
        right: { holdSeconds: RENDERED_HOLD_SECONDS, timedBy: "stopwatch" as const },
      };
      await ok(
        callRoute(transport, "recordStrengthCheck", {
          body: { id: `lea-baseline-${lang}`, check: baseline },
        }),
      );
    }

    // Today offers the week-2 check, beside (never instead of) the session.
    await page.goto("/");
    const offer = page.getByTestId("today-strength");
    await offer.waitFor();
    expect(await offer.getAttribute("data-due")).toBe("checkpoint");
    await page.getByTestId("today-session").waitFor();
    await page.getByTestId("today-strength-open").click();

    await page.getByTestId("strength-page").waitFor();
    expect(await page.getByTestId("strength-protocol").textContent()).toMatch(
      lang === "fr" ? /Jambe longue, le talon mène/ : /Long leg, heel leads/,
    );
    // At the smallest phone's width every test's name shows whole: one line each, wrapped, never cut.
    await page.setViewportSize({ width: 320, height: 640 });
    const testNames = page.getByTestId("strength-test").locator("label");
    expect(
      await testNames.evaluateAll((names) => names.filter((n) => n.scrollWidth > n.clientWidth).length),
    ).toBe(0);
    expect(await sidewaysScrollPx(page)).toBe(0);
    await page.setViewportSize(PHONE);
    // The stopwatch fills the side's time when stopped.
    await strength.timeWithStopwatch("left");
    expect(await page.getByTestId("hold-left").inputValue()).toMatch(/^\d+(\.\d)?$/);
    // A 20-minute hold is a timing mistake: refused, with the limits in her language.
    await strength.typeHold("left", "1200");
    await strength.typeHold("right", "30");
    await strength.save();
    expect(await strength.problem().textContent()).toMatch(
      lang === "fr" ? /de 1 à 600 secondes/ : /1 to 600 seconds/,
    );
    await strength.typeHold("left", "40");
    await strength.save();
    await page.getByTestId("strength-saved").waitFor();

    // Both sides against the baseline: left gained about 36 s (more than the test's 33 s error), right about 26 s
    // (not yet sure).
    await strength.sideVerdict("left").waitFor();
    expect(await strength.sideVerdict("left").getAttribute("data-change")).toBe("stronger");
    expect(await strength.sideVerdict("right").getAttribute("data-change")).toBe("no-sure-change");
    expect(await strength.sideVerdict("right").textContent()).toMatch(
      lang === "fr" ? /pas encore de changement certain/ : /no change you can be sure of yet/,
    );
    expect(await page.getByTestId("strength-asymmetry").textContent()).toBe(
      lang === "fr" ? "Les deux côtés diffèrent de 25 %." : "The sides differ by 25%.",
    );

    // On her progress page, the hold is charted per side beside pain, with the same honest change.
    await page.goto("/progress");
    const change = page.getByTestId("strength-change-abductor-endurance-hold");
    await change.waitFor();
    expect(await change.getAttribute("data-changes")).toBe("stronger no-sure-change");
    expect(await page.getByTestId("strength-chart-abductor-endurance-hold").getAttribute("data-points")).toBe(
      "2",
    );
    // She has logged no session yet: the exercises' section says so rather than standing empty under its title.
    expect(await page.getByTestId("exercise-work-none").textContent()).toBe(
      lang === "fr"
        ? "Aucune séance enregistrée pour l’instant. Les répétitions et maintiens de chaque exercice s’affichent ici dès qu’une séance est enregistrée."
        : "No session logged yet. Each exercise's repetitions and holds appear here once a session is logged.",
    );
  });

  it("Maya, a physiotherapist, sees who is not improving, a client's sides over time, and enters a clinic reading", async () => {
    const today = localToday();
    const start = addDays(today, -13);
    const password = "clinic-dynamometer-2026";
    const hold = (date: string, leftSeconds: number, rightSeconds: number) => ({
      test: "abductor-endurance-hold" as const,
      date,
      firstSide: "left" as const,
      left: { holdSeconds: leftSeconds, timedBy: "stopwatch" as const },
      right: { holdSeconds: rightSeconds, timedBy: "stopwatch" as const },
    });
    // Two clients two weeks in: Zoé's left hold rose by 40 s (more than the test's 33 s error), Noé's by 10 s.
    const seedClient = async (email: string, before: number, after: number) => {
      const visitor = {
        baseUrl: server.url,
        fetch: (url: string, init: RequestInit) => fetch(url, init),
        headers: {},
      };
      await ok(callRoute(visitor, "signUp", { body: { email, password } }));
      const client = await signedInTransport(server.url, email, password);
      const answers = { ...personas.runnerPfp, availableDays: [...personas.runnerPfp.availableDays] };
      await ok(callRoute(client, "submitCheckIn", { body: { answers, date: start } }));
      await ok(callRoute(client, "createProgram", { body: { startDate: start } }));
      await ok(
        callRoute(client, "recordStrengthCheck", { body: { check: hold(addDays(start, -1), before, 62) } }),
      );
      await ok(callRoute(client, "recordStrengthCheck", { body: { check: hold(today, after, 64) } }));
      return client;
    };
    // The coach account (from the command line), the clients' records and the browser, side by side.
    const [clients, browser] = await Promise.all([
      Promise.all([seedClient("zoe@example.test", 40, 80), seedClient("noe@example.test", 50, 60)]),
      openBrowser(server.url),
      bootstrapAdmin(server.dataDir, "maya@example.test", password, "coach"),
    ]);
    maya = browser;
    const { page } = browser;
    const coach = await signedInTransport(server.url, "maya@example.test", password);
    for (const client of clients) {
      const { code } = await ok(callRoute(coach, "createInvitation", { body: {} }));
      await ok(callRoute(client, "acceptInvitation", { body: { code } }));
    }

    await page.goto("/");
    await new AppShell(page).chooseLanguage("fr");
    await new AuthPage(page).signIn("maya@example.test", password);
    await page.getByTestId("coach-page").waitFor();
    // The roster: Zoé is stronger; Noé is not improving yet (no change past the test's error).
    const strengthOf = (email: string) =>
      page.getByTestId(`client-row-${email}`).getByTestId("client-strength");
    expect(await strengthOf("zoe@example.test").getAttribute("data-strength")).toBe("stronger");
    expect(await strengthOf("noe@example.test").getAttribute("data-strength")).toBe("no-sure-change");
    expect(await strengthOf("noe@example.test").textContent()).toBe("Pas encore de progrès");

    // Noé's page: the hold per side over time, each side's verdict and the difference between sides.
    await page.getByTestId("client-row-noe@example.test").getByRole("link").click();
    const change = page.getByTestId("strength-change-abductor-endurance-hold");
    await change.waitFor();
    expect(await page.getByTestId("strength-chart-abductor-endurance-hold").getAttribute("data-points")).toBe(
      "2",
    );
    expect(await change.getAttribute("data-changes")).toBe("no-sure-change no-sure-change");
    expect(await change.textContent()).toMatch(
      /gauche 50 s → 60 s \(\+10 s\)\s: pas encore de changement certain/,
    );
    expect(await change.textContent()).toMatch(/Les deux côtés diffèrent maintenant de 6,3 %\./);

    // The clinic reading: 3,000 N is a typing mistake, refused with the strength page's sentence; then saved.
    const clinic = new ClinicReadingForm(page);
    const reading = {
      left: "3000",
      right: "180",
      leverArmM: "0,45",
      bodyMassKg: "60",
      device: "MicroFET2",
      placement: "décubitus latéral, au-dessus du genou",
    };
    await clinic.enter(reading);
    expect(await clinic.problem().textContent()).toBe(
      "Une poussée va de 1 à 1 000 N (environ 100 kg)\u00a0: vérifiez la mesure et son unité.",
    );
    // The clinic's connection drops: the reading waits on Maya's phone, charted beside Noé's holds, which stay.
    await browser.context.setOffline(true);
    await clinic.enter({ ...reading, left: "200" });
    await clinic.queued().waitFor();
    await page.getByTestId("strength-baseline-hip-abduction-dynamometer").waitFor();
    expect(await page.getByTestId("strength-chart-abductor-endurance-hold").getAttribute("data-points")).toBe(
      "2",
    );
    const noe = await signedInTransport(server.url, "noe@example.test", password);
    const dynamometerReadings = async () =>
      (await ok(callRoute(noe, "listStrengthChecks", { query: {} }))).checks.filter(
        (view) => view.check.test === "hip-abduction-dynamometer",
      );
    expect(await dynamometerReadings()).toEqual([]);
    // Back online, the queued reading is sent once, and the form says it is saved.
    await browser.context.setOffline(false);
    await clinic.saved().waitFor();
    expect(await dynamometerReadings()).toHaveLength(1);
    const stored = await ok(callRoute(noe, "listStrengthChecks", { query: {} }));
    expect(stored.checks.map((view) => view.check).at(-1)).toMatchObject({
      test: "hip-abduction-dynamometer",
      date: today,
      left: { forceN: 200 },
      right: { forceN: 180 },
      leverArmM: 0.45,
    });

    // Offline again, a second reading waits on her phone; meanwhile Noé ends the link. The server refuses it at
    // sync: it is not lost nor sent again, but listed under "Non enregistré" with the reason, and Maya discards it.
    await browser.context.setOffline(true);
    await clinic.enter({ ...reading, left: "210" });
    await clinic.queued().waitFor();
    const [link] = await ok(callRoute(noe, "listCoaches", {}));
    if (link === undefined) throw new Error("Noé has no coach");
    await ok(callRoute(noe, "revokeLink", { params: { linkId: link.linkId } }));
    await browser.context.setOffline(false);
    const refused = page.getByTestId("not-saved-entry");
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/^Mesure au cabinet pour un patient du .+Motif\s: ./);
    await refused.getByTestId("not-saved-discard").click();
    await refused.getByTestId("not-saved-discard-confirm").click();
    await page.getByTestId("not-saved").waitFor({ state: "detached" });
    expect(await dynamometerReadings()).toHaveLength(1);
  });
});
