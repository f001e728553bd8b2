import { afterEach, beforeAll, afterAll, describe, expect, it } from "vitest";
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

/**
 * Inès wants a nudge on her session days. Reminders are off until she turns them on in settings; a browser
 * without the Push API (Safari on an iPhone, before the app is added to the home screen) is told why, in her
 * language.
 */
describe.each(IN_ENGLISH)("session-day reminders in settings, in %s", (lang) => {
  const text = MESSAGES[lang].pushReminders;
  let server: TestServer;
  let ines: Person | undefined;
  let count = 0;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await ines?.close();
    ines = undefined;
  });
  afterAll(async () => {
    await server.stop();
  });

  async function signedInSettings(person: Person) {
    const { page } = person;
    await page.goto("/");
    await new AppShell(page).chooseLanguage(lang);
    await new AuthPage(page).signUp(
      `ines-push-${lang}-${String(++count)}@example.test`,
      "a long passphrase 2026",
    );
    await page.getByTestId("check-in-page").waitFor();
    // The service worker (which shows the reminders) is in place before reminders can be turned on.
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
    await new AppShell(page).navigate("settings");
    await new SettingsPage(page).waitUntilOpen();
    return page;
  }

  // Headless Chromium here reaches no push service (its subscribe never answers), so what is checked is the page's
  // honest answer to that: reminders stay off, it says why, and nothing is stored.
  it("they are off by default; when the browser's push service does not answer, the page says so", async () => {
    ines = await openBrowser(server.url);
    await ines.context.grantPermissions(["notifications"], { origin: server.url });
    const page = await signedInSettings(ines);
    const toggle = page.getByTestId("push-toggle");
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    expect(await page.getByTestId("push-state").textContent()).toBe(text.off);
    await page.getByTestId("push-time").fill("07:30");
    await toggle.click();
    await expect
      .poll(() => page.getByTestId("push-notice").textContent(), { timeout: 30_000 })
      .toBe(text.failed);
    expect(await toggle.isChecked()).toBe(false);
    expect(await page.getByTestId("push-state").textContent()).toBe(text.off);
    const stored = await page.evaluate(
      async () => (await (await fetch("/api/push/subscriptions")).json()) as unknown,
    );
    expect(stored).toEqual([]);
  });

  it("a browser without the Push API says why, and how to get reminders on an iPhone", async () => {
    ines = await openBrowser(server.url);
    await ines.context.addInitScript(() => {
      // Safari on iOS before "Add to Home Screen": no PushManager at all.
      delete (window as { PushManager?: unknown }).PushManager;
    });
    const page = await signedInSettings(ines);
    await expect.poll(() => page.getByTestId("push-unavailable").textContent()).toBe(text.unsupported);
    expect(await page.getByTestId("push-toggle").count()).toBe(0);
  });
});
