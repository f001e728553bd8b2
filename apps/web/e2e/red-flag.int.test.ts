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
import { IN_ENGLISH } from "./support/journey-language.js";
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
