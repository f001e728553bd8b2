import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { CheckInPage } from "./pages/check-in-page.js";
import { RedFlagPage } from "./pages/red-flag-page.js";
import { openBrowser, screenshotBothSizes } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";

/** Sam's knee is hot, red and swollen and he has a fever: HipCheck stops and sends him to emergency care. */
describe.each(["en", "fr"] as const)("Sam, who has a red flag, in %s", (lang) => {
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

  it("is stopped with an emergency referral and gets no program", async () => {
    const { page } = sam;
    await page.goto("/");
    await new AppShell(page).chooseLanguage(lang);
    await new AuthPage(page).signUp(`sam-${lang}@example.test`, "hot-swollen-knee-1");
    await new CheckInPage(page).complete({
      ageYears: 52,
      painNow: 8,
      redFlagsYes: ["hotSwollenKneeWithFever"],
      sports: ["walking"],
      days: ["mon", "thu"],
    });

    const stop = new RedFlagPage(page);
    await stop.waitUntilShown();
    expect(await stop.tier()).toBe("emergency");
    expect(await stop.advice().textContent()).toMatch(lang === "fr" ? /urgences/ : /emergency/);
    expect(await page.getByTestId("continue-to-program").count()).toBe(0);
    await screenshotBothSizes(page, `${lang}-red-flag`);

    await page.goto("/program");
    await page.getByTestId("program-page").waitFor();
    expect(await page.getByTestId("program-page").getAttribute("data-program-id")).toBeNull();
  });
});
