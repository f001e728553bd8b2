import { callRoute } from "@hipcheck/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { CheckInPage } from "./pages/check-in-page.js";
import { RedFlagPage } from "./pages/red-flag-page.js";
import { signedInTransport } from "./support/api-session.js";
import { openBrowser, screenshotBothSizes } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_ENGLISH, IN_FRENCH } from "./support/journey-language.js";
import { ok } from "./support/ok.js";

/** Sam's knee is hot, red and swollen and he has a fever: HipCheck stops and sends him to emergency care. */
describe.each(IN_ENGLISH)("Sam, who has a red flag, in %s", (lang) => {
  let server: TestServer;
  let sam: Person;

  beforeAll(async () => {
    server = await startTestServer();
    sam = await openBrowser(server.url);
  });

  afterAll(async () => {
    await sam.close();
    await server.stop();
  });

  it("is stopped with an emergency referral as soon as he answers, and gets no program", async () => {
    const { page } = sam;
    await page.goto("/");
    await new AppShell(page).chooseLanguage(lang);
    await new AuthPage(page).signUp(`sam-${lang}@example.test`, "hot-swollen-knee-1");
    const sendLabel = await new CheckInPage(page).stopAtSafetyQuestions({
      ageYears: 52,
      painNow: 8,
      redFlagsYes: ["hotSwollenKneeWithFever"],
    });
    // No questions about sports and training days stand between his answer and the advice.
    expect(sendLabel).toBe(lang === "fr" ? "Voir mon résultat" : "See my result");

    const stop = new RedFlagPage(page);
    await stop.waitUntilShown();
    expect(await page.getByTestId("step-activities").count()).toBe(0);
    expect(await stop.tier()).toBe("emergency");
    expect(await stop.advice().textContent()).toMatch(lang === "fr" ? /urgences/ : /emergency/);
    expect(await page.getByTestId("emergency-numbers").textContent()).toMatch(
      lang === "fr" ? /15 \(SAMU\)/ : /112/,
    );
    expect(await page.getByTestId("continue-to-program").count()).toBe(0);
    await screenshotBothSizes(page, `${lang}-red-flag`);
  });

  it("goes Back from the stop to the answers he gave, and is stopped again by the same answers", async () => {
    const { page } = sam;
    const stop = new RedFlagPage(page);
    await page.goBack();
    // The last step, as he left it: his answer to the sign that stopped him is still there.
    await page.locator('[data-testid="check-in-page"][data-step="safety"]').waitFor();
    expect(await page.getByTestId("red-flag-hotSwollenKneeWithFever-yes").isChecked()).toBe(true);
    expect(await page.getByTestId("injured-no").isChecked()).toBe(true);
    await page.goBack();
    await page.locator('[data-testid="check-in-page"][data-step="symptoms"]').waitFor();
    expect(await page.getByTestId("pain-now").inputValue()).toBe("8");

    // Forward again, the advice is still there; sent again unchanged, the same answers stop him again.
    await page.goForward();
    await page.locator('[data-testid="check-in-page"][data-step="safety"]').waitFor();
    await page.goForward();
    await stop.waitUntilShown();
    expect(await stop.tier()).toBe("emergency");
    await page.goBack();
    await page.getByTestId("next").click();
    await stop.waitUntilShown();
    expect(await stop.tier()).toBe("emergency");
    expect(await page.getByTestId("continue-to-program").count()).toBe(0);
    // One check-in on the server: the same answers sent again are the same check-in.
    const api = await signedInTransport(server.url, `sam-${lang}@example.test`, "hot-swollen-knee-1");
    expect((await ok(callRoute(api, "listCheckIns", { query: {} }))).length).toBe(1);

    await page.goto("/program");
    await page.getByTestId("program-stopped").waitFor();
    expect(await page.getByTestId("program-page").getAttribute("data-program-id")).toBeNull();
  });

  it("still finds the stop and its advice when he comes back on another device", async () => {
    const phone = await openBrowser(server.url);
    try {
      const { page } = phone;
      await page.goto("/");
      await new AppShell(page).chooseLanguage(lang);
      await new AuthPage(page).signIn(`sam-${lang}@example.test`, "hot-swollen-knee-1");
      // Signing in opens Today, which says why there is no program to follow.
      const stopped = page.getByTestId("program-stopped");
      await stopped.waitFor();
      expect(await stopped.textContent()).toMatch(lang === "fr" ? /urgences/ : /emergency/);
      await page.getByTestId("see-advice").click();
      const stop = new RedFlagPage(page);
      await stop.waitUntilShown();
      expect(await stop.tier()).toBe("emergency");
      expect(await page.getByTestId("red-flag-date").textContent()).toMatch(
        lang === "fr" ? /Votre bilan du/ : /Your check-in of/,
      );
      expect(await page.getByTestId("answer-again").getAttribute("href")).toBe("/check-in");
    } finally {
      await phone.close();
    }
  });
});

/**
 * Dana, 34, also has some groin pain and a stiff hip: a sign that needs a look within weeks, while her program goes
 * on gently. Going Back and forth around her result keeps her answers; sent again they are one check-in.
 */
describe.each(IN_FRENCH)("Dana, whose hip needs a look within weeks, in %s", (lang) => {
  let server: TestServer;
  let dana: Person;
  const email = `dana-${lang}@example.test`;
  const password = "stiff-hip-and-knee-1";

  beforeAll(async () => {
    server = await startTestServer();
    dana = await openBrowser(server.url);
  });

  afterAll(async () => {
    await dana.close();
    await server.stop();
  });

  const atStep = (step: string) =>
    dana.page.locator(`[data-testid="check-in-page"][data-step="${step}"]`).waitFor();

  it("goes Back from her result to the answers she gave, and the same answers are one check-in", async () => {
    const { page } = dana;
    await page.goto("/");
    await new AppShell(page).chooseLanguage(lang);
    await new AuthPage(page).signUp(email, password);
    await new CheckInPage(page).complete({
      ageYears: 34,
      painNow: 3,
      painUsual: 4,
      painWorst: 6,
      redFlagsYes: ["childLimpOrHipPain"],
      sports: ["running"],
      days: ["mon", "thu", "sat"],
      psfsActivity: "Descendre les escaliers",
    });
    const result = new RedFlagPage(page);
    await result.waitUntilShown();
    expect(await result.tier()).toBe("soon");
    await page.getByTestId("continue-to-program").waitFor();
    // Her program goes on gently: the page is not headed "before exercising", and says each thing once.
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(
      "À faire examiner par un professionnel de santé",
    );
    const advice = await page.getByTestId("red-flag-advice").innerText();
    expect(advice.match(/continuer à bouger en douceur/g)).toHaveLength(1);

    // A reload keeps her result.
    await page.reload();
    await result.waitUntilShown();
    expect(await result.tier()).toBe("soon");

    // Back: the last step as she left it, then the safety step with her answer still ticked.
    await page.goBack();
    await atStep("activities");
    expect(await page.getByTestId("sport-running").isChecked()).toBe(true);
    expect(await page.getByTestId("day-thu").isChecked()).toBe(true);
    expect(await page.getByTestId("psfs-activity-0").inputValue()).toBe("Descendre les escaliers");
    await page.goBack();
    await atStep("safety");
    expect(await page.getByTestId("red-flag-childLimpOrHipPain-yes").isChecked()).toBe(true);

    // Forward to the result again; sent again unchanged from the last step, the same result.
    await page.goForward();
    await atStep("activities");
    await page.goForward();
    await result.waitUntilShown();
    await page.goBack();
    await atStep("activities");
    await page.getByTestId("next").click();
    await result.waitUntilShown();
    expect(await result.tier()).toBe("soon");

    // One check-in and one program on the server: the same answers sent again are the same check-in.
    const api = await signedInTransport(server.url, email, password);
    expect((await ok(callRoute(api, "listCheckIns", { query: {} }))).length).toBe(1);
    expect((await ok(callRoute(api, "listPrograms", { query: {} }))).length).toBe(1);
  });

  it("changes one answer after going Back, and the check-in is screened afresh", async () => {
    const { page } = dana;
    await page.goBack();
    await atStep("activities");
    await page.goBack();
    await atStep("safety");
    await page.getByTestId("red-flag-childLimpOrHipPain-no").check();
    await page.getByTestId("next").click();
    await atStep("activities");
    expect(await page.getByTestId("sport-running").isChecked()).toBe(true);
    await page.getByTestId("next").click();
    // No warning sign now: her program, and Back from it finds the last step as she left it.
    await page.getByTestId("program-page").waitFor();
    const api = await signedInTransport(server.url, email, password);
    const checkIns = await ok(callRoute(api, "listCheckIns", { query: {} }));
    expect(checkIns.map((checkIn) => checkIn.screen.tier).sort()).toEqual(["none", "soon"]);

    await page.reload();
    await page.getByTestId("program-page").waitFor();
    await page.goBack();
    await atStep("activities");
    expect(await page.getByTestId("day-sat").isChecked()).toBe(true);
    await page.goBack();
    await atStep("safety");
    expect(await page.getByTestId("red-flag-childLimpOrHipPain-no").isChecked()).toBe(true);
  });
});
