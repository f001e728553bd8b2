import type { Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messagesEn } from "../src/i18n/messages-en.js";
import { messagesFr } from "../src/i18n/messages-fr.js";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { SettingsPage } from "./pages/settings-page.js";
import { openBrowser } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_ENGLISH } from "./support/journey-language.js";

const MESSAGES = { en: messagesEn, fr: messagesFr } as const;

/** The server's database is away for a moment: the profile cannot be read. */
async function databaseAway(route: Route): Promise<void> {
  await route.fulfill({
    status: 503,
    contentType: "application/json",
    headers: { "retry-after": "1" },
    body: JSON.stringify({ error: { kind: "unavailable", message: "The database cannot be reached." } }),
  });
}

/**
 * Hugo opens his settings while the server cannot reach its database. The page says so in his language instead
 * of loading for ever, and "Try again" loads his profile once the server is back.
 */
describe.each(IN_ENGLISH)("a page whose data cannot be loaded, in %s", (lang) => {
  let server: TestServer;
  let hugo: Person;

  beforeAll(async () => {
    server = await startTestServer();
    hugo = await openBrowser(server.url);
  });

  afterAll(async () => {
    await hugo.close();
    await server.stop();
  });

  it("says what went wrong, and loads the data again on retry", async () => {
    const { page, context } = hugo;
    const shell = new AppShell(page);
    const settings = new SettingsPage(page);
    await page.goto("/");
    await shell.chooseLanguage(lang);
    await new AuthPage(page).signUp(`hugo-${lang}@example.test`, "a-long-enough-password-2026");
    await page.getByTestId("check-in-page").waitFor();

    await context.route("**/api/profile", databaseAway);
    await page.goto("/settings");
    const problem = page.getByTestId("profile-notice");
    await expect.poll(() => problem.textContent()).toBe(MESSAGES[lang].errors.kind.unavailable);
    expect(await page.getByTestId("save-profile").count()).toBe(0);

    await context.unroute("**/api/profile", databaseAway);
    await page.getByRole("button", { name: MESSAGES[lang].resource.retry }).click();
    await settings.waitUntilOpen();
    expect(await problem.count()).toBe(0);
    expect(await settings.isChosen("language", lang)).toBe(true);
  });
});
