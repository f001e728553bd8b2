import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { CoachPages } from "./pages/coach-pages.js";
import { createCoach, signedInTransport } from "./support/api-session.js";
import { openBrowser } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { bootstrapAdmin, startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_FRENCH } from "./support/journey-language.js";

/**
 * Inès handed out an invitation code to a client who never used it: she finds it among the invitations still
 * waiting and withdraws it, so the code stops working.
 */
describe.each(IN_FRENCH)("Inès withdraws an unused invitation, in %s", (lang) => {
  let server: TestServer;
  let ines: Person;
  const coachEmail = `ines-${lang}@example.test`;

  beforeAll(async () => {
    server = await startTestServer();
    await bootstrapAdmin(server.dataDir, "admin@example.test", "clinic-admin-2026");
    await createCoach(
      await signedInTransport(server.url, "admin@example.test", "clinic-admin-2026"),
      coachEmail,
      "yoga-teacher-2026",
    );
    ines = await openBrowser(server.url);
  });

  afterAll(async () => {
    await ines.close();
    await server.stop();
  });

  it("lists the code with the day it stops working, and withdraws it", async () => {
    await ines.page.goto("/");
    await new AppShell(ines.page).chooseLanguage(lang);
    await new AuthPage(ines.page).signIn(coachEmail, "yoga-teacher-2026");
    await ines.page.getByTestId("coach-page").waitFor();
    const code = await new CoachPages(ines.page).createInvitationCode();
    const pending = ines.page.getByTestId(`pending-invitation-${code}`);
    await pending.waitFor();
    expect(await pending.textContent()).toContain(lang === "fr" ? "valable jusqu’au" : "works until");

    await pending.getByTestId("revoke-invitation").click();
    await pending.waitFor({ state: "detached" });
    expect(await ines.page.getByTestId("invite-code").count()).toBe(0);
    await ines.page.reload();
    await ines.page
      .getByText(lang === "fr" ? "Aucune invitation en attente." : "No invitation is waiting.")
      .waitFor();
  });
});
