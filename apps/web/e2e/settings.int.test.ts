import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messagesEn } from "../src/i18n/messages-en.js";
import { messagesFr } from "../src/i18n/messages-fr.js";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { SettingsPage } from "./pages/settings-page.js";
import { openBrowser, screenshotBothSizes } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_FRENCH } from "./support/journey-language.js";

const MESSAGES = { en: messagesEn, fr: messagesFr } as const;
const OTHER = { en: "fr", fr: "en" } as const;

/**
 * Inès shared her password with a friend to show him the app, and now changes it. She also starts cycling
 * with a mini band on Mondays and Thursdays, and wants HipCheck in her other language.
 */
describe.each(IN_FRENCH)("Inès's settings, in %s", (lang) => {
  const text = MESSAGES[lang].settings;
  const email = `ines-${lang}@example.test`;
  const oldPassword = "shared-with-a-friend";
  const newPassword = "only-mine-from-now-2026";
  let server: TestServer;
  let ines: Person;

  beforeAll(async () => {
    server = await startTestServer();
    ines = await openBrowser(server.url);
  });

  afterAll(async () => {
    await ines.close();
    await server.stop();
  });

  it("changes her password: the old one stops working and the new one signs her in", async () => {
    const { page } = ines;
    const shell = new AppShell(page);
    const auth = new AuthPage(page);
    const settings = new SettingsPage(page);
    await page.goto("/");
    await shell.chooseLanguage(lang);
    await auth.signUp(email, oldPassword);
    await page.getByTestId("check-in-page").waitFor();
    await shell.navigate("settings");
    await settings.waitUntilOpen();
    await screenshotBothSizes(page, `${lang}-settings`);

    await settings.changePassword("not-my-password", newPassword);
    await expect.poll(() => settings.passwordNotice().textContent()).toBe(text.currentPasswordWrong);
    await settings.changePassword(oldPassword, newPassword, "only-mine-from-now-2025");
    await expect.poll(() => settings.passwordNotice().textContent()).toBe(text.passwordsDiffer);
    await settings.changePassword(oldPassword, "short", "short");
    // The browser's own check stops a too-short password before it is sent; the rule is written beside it.
    expect(
      await page.getByTestId("new-password").evaluate((input: HTMLInputElement) => input.validity.valid),
    ).toBe(false);
    await settings.changePassword(oldPassword, newPassword);
    await expect.poll(() => settings.passwordNotice().textContent()).toBe(text.passwordChanged);
    expect(await page.getByTestId("current-password").inputValue()).toBe("");

    await auth.signOut();
    await auth.signIn(email, oldPassword);
    // Said in her language, whatever the server's English said.
    await expect.poll(() => auth.error().textContent()).toBe(MESSAGES[lang].errors.signIn.wrongCredentials);
    expect(await page.getByTestId("sign-in-page").isVisible()).toBe(true);
    await auth.signIn(email, newPassword);
    // Signed in: the menu offers her settings and the app leaves the sign-in page.
    await page.getByTestId("nav-settings").waitFor();
    await page.getByTestId("sign-in-page").waitFor({ state: "detached" });
  });

  it("edits her profile, sees the interface follow its language, and finds it kept after a reload", async () => {
    const { page } = ines;
    const settings = new SettingsPage(page);
    await page.goto("/settings");
    await settings.waitUntilOpen();
    expect(await settings.isChosen("language", lang)).toBe(true);
    await settings.setChoice("sport", "cycling", true);
    await settings.setChoice("equipment", "mini-band", true);
    await settings.setChoice("day", "mon", true);
    await settings.setChoice("day", "thu", true);
    await settings.chooseLanguage(OTHER[lang]);
    await settings.saveProfile();
    const other = MESSAGES[OTHER[lang]];
    await expect.poll(() => settings.profileNotice().textContent()).toBe(other.settings.profileSaved);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(OTHER[lang]);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(other.settings.title);

    await page.reload();
    await settings.waitUntilOpen();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(OTHER[lang]);
    expect(await settings.isChosen("language", OTHER[lang])).toBe(true);
    expect(await settings.isChosen("sport", "cycling")).toBe(true);
    expect(await settings.isChosen("sport", "running")).toBe(false);
    expect(await settings.isChosen("equipment", "mini-band")).toBe(true);
    expect(await settings.isChosen("day", "mon")).toBe(true);
    expect(await settings.isChosen("day", "thu")).toBe(true);
    expect(await settings.isChosen("day", "tue")).toBe(false);
    const stored = await page.evaluate(async () => (await (await fetch("/api/profile")).json()) as unknown);
    expect(stored).toEqual({
      language: OTHER[lang],
      sports: ["cycling"],
      equipment: ["mini-band"],
      availableDays: ["mon", "thu"],
    });
  });
});
