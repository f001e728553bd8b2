import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messagesEn } from "../src/i18n/messages-en.js";
import { messagesFr } from "../src/i18n/messages-fr.js";
import { AdminPage } from "./pages/admin-page.js";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { openBrowser, screenshotBothSizes } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { bootstrapAdmin, startTestServer } from "./support/hipcheck-server.js";
import { nextTwoStepCode } from "./support/two-step.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_FRENCH } from "./support/journey-language.js";

const MESSAGES = { en: messagesEn, fr: messagesFr } as const;

/**
 * Aurélie runs her physiotherapy clinic's HipCheck. She creates an account for Inès, the clinic's new coach, and
 * deletes the account of Tom, who signed up to try the app and asked to be removed.
 */
describe.each(IN_FRENCH)("Aurélie runs the clinic's accounts, in %s", (lang) => {
  const text = MESSAGES[lang].admin;
  const adminEmail = `aurelie-${lang}@clinic.test`;
  const adminPassword = "clinic-admin-2026";
  const coachEmail = `ines-${lang}@clinic.test`;
  const personEmail = `tom-${lang}@example.test`;
  const personPassword = "just-trying-it-2026";
  let server: TestServer;
  let aurelie: Person;
  let ines: Person;
  let tom: Person;

  beforeAll(async () => {
    server = await startTestServer();
    await bootstrapAdmin(server.dataDir, adminEmail, adminPassword);
    aurelie = await openBrowser(server.url);
    ines = await openBrowser(server.url);
    tom = await openBrowser(server.url);
  });

  afterAll(async () => {
    await aurelie.close();
    await ines.close();
    await tom.close();
    await server.stop();
  });

  it("creates a coach who can sign in, and deletes a person, who no longer can", async () => {
    await tom.page.goto("/");
    await new AppShell(tom.page).chooseLanguage(lang);
    await new AuthPage(tom.page).signUp(personEmail, personPassword);
    await tom.page.getByTestId("check-in-page").waitFor();

    const { page } = aurelie;
    await page.goto("/");
    await new AppShell(page).chooseLanguage(lang);
    const auth = new AuthPage(page);
    await auth.signIn(adminEmail, adminPassword);
    // Admin actions wait for two-step sign-in (decision 0432): the app takes her to set it up.
    await page.getByTestId("two-step-required").waitFor();
    expect(new URL(page.url()).pathname).toBe("/settings");
    await page.getByTestId("two-step-start").click();
    await page.getByTestId("two-step-qr").waitFor();
    const key = (await page.getByTestId("two-step-secret").getAttribute("data-secret")) ?? "";
    await page.getByTestId("two-step-code").fill(nextTwoStepCode(adminEmail, key));
    await page.getByTestId("two-step-confirm").click();
    await expect.poll(() => page.getByTestId("two-step-recovery-codes").locator("li").count()).toBe(10);
    await page.getByTestId("two-step-recovery-done").click();
    await page.getByTestId("two-step-status").waitFor();
    // Her next sign-in asks for a code after the password.
    await auth.signOut();
    await auth.signIn(adminEmail, adminPassword);
    await auth.secondStep("000000");
    await expect
      .poll(() => page.getByTestId("two-step-sign-in-error").textContent())
      .toBe(MESSAGES[lang].twoStep.wrongCode);
    await auth.secondStep(nextTwoStepCode(adminEmail, key));
    const admin = new AdminPage(page);
    await admin.open();
    expect(await admin.emails()).toEqual([adminEmail, personEmail]);
    // Her own account can only be deleted from her settings, with her password.
    await expect.poll(() => admin.row(adminEmail).getByTestId("delete-account").count()).toBe(0);

    // Tom's email is taken: the server's refusal is told in her language, and nothing is created.
    await admin.createAccount(personEmail, "coach-first-2026");
    await expect.poll(() => admin.createNotice().textContent()).toBe(text.emailTaken);
    await admin.createAccount(coachEmail, "coach-first-2026");
    await expect
      .poll(() => admin.createNotice().textContent())
      .toBe(text.coachCreated.replace("{{email}}", coachEmail));
    await expect.poll(() => admin.emails()).toEqual([adminEmail, coachEmail, personEmail]);
    await admin.filter("coach");
    await expect.poll(() => admin.emails()).toEqual([coachEmail]);
    await admin.filter("all");
    await expect.poll(() => admin.emails()).toHaveLength(3);
    await screenshotBothSizes(page, `${lang}-admin-accounts`);

    await ines.page.goto("/");
    await new AppShell(ines.page).chooseLanguage(lang);
    await new AuthPage(ines.page).signIn(coachEmail, "coach-first-2026");
    await ines.page.getByTestId("coach-page").waitFor();

    const confirmation = await admin.startDeleting(personEmail);
    const confirm = confirmation.getByTestId("delete-confirm");
    expect(await confirm.isDisabled()).toBe(true);
    await confirmation.getByTestId("delete-confirm-email").fill("tom");
    expect(await confirm.isDisabled()).toBe(true);
    await confirmation.getByTestId("delete-confirm-email").fill(personEmail.toUpperCase());
    await screenshotBothSizes(page, `${lang}-admin-delete`);
    await confirm.click();
    await expect
      .poll(() => page.getByTestId("delete-notice").textContent())
      .toBe(text.deleted.replace("{{email}}", personEmail));
    await expect.poll(() => admin.emails()).toEqual([adminEmail, coachEmail]);

    const tomAuth = new AuthPage(tom.page);
    await tomAuth.signIn(personEmail, personPassword);
    await expect.poll(() => tomAuth.error().isVisible()).toBe(true);
    expect(tom.page.url()).toMatch(/\/sign-in$/);
  });

  it("shows the accounts link to admins only", async () => {
    await aurelie.page.goto("/");
    await aurelie.page.getByTestId("nav-admin").waitFor();
    await ines.page.goto("/coach");
    await ines.page.getByTestId("coach-page").waitFor();
    expect(await ines.page.getByTestId("nav-admin").count()).toBe(0);
  });
});
