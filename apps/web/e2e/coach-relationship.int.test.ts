import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { createCoach, signedInTransport } from "./support/api-session.js";
import { openBrowser, screenshotBothSizes } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { bootstrapAdmin, startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_FRENCH } from "./support/journey-language.js";

/**
 * Inès shows her Tuesday class a code valid for the evening. Noah has no account yet: he opens the link, signs up,
 * comes back to the join page and joins. Later he opens "My coach", sees what Inès can see, and stops sharing:
 * Inès loses him at once.
 */
describe.each(IN_FRENCH)("Noah joins Inès through sign-up, then stops sharing, in %s", (lang) => {
  let server: TestServer;
  let ines: Person;
  let noah: Person;
  const coachEmail = `ines-${lang}@example.test`;
  const clientEmail = `noah-${lang}@example.test`;

  beforeAll(async () => {
    server = await startTestServer();
    await bootstrapAdmin(server.dataDir, "admin@example.test", "clinic-admin-2026");
    await createCoach(
      await signedInTransport(server.url, "admin@example.test", "clinic-admin-2026"),
      coachEmail,
      "yoga-teacher-2026",
    );
    ines = await openBrowser(server.url);
    noah = await openBrowser(server.url);
  });

  afterAll(async () => {
    await ines.close();
    await noah.close();
    await server.stop();
  });

  it("an invitation opened signed out ends with Noah linked", async () => {
    await ines.page.goto("/");
    await new AppShell(ines.page).chooseLanguage(lang);
    await new AuthPage(ines.page).signIn(coachEmail, "yoga-teacher-2026");
    await ines.page.getByTestId("coach-page").waitFor();
    await ines.page.getByTestId("invite-valid-days").selectOption("1");
    await ines.page.getByTestId("create-invite").click();
    const code = (await ines.page.getByTestId("invite-code").textContent()) ?? "";
    await ines.page.getByTestId("invite-qr").waitFor();
    const link = (await ines.page.getByTestId("invite-link").getAttribute("href")) ?? "";
    expect(link).toContain(encodeURIComponent(code));
    await screenshotBothSizes(ines.page, `${lang}-coach-invite-qr`);

    // Signed out, the menu leads to the join page too.
    await noah.page.goto("/");
    await new AppShell(noah.page).chooseLanguage(lang);
    await noah.page.getByTestId("nav-join").waitFor();
    await noah.page.goto(new URL(link).pathname + new URL(link).search);
    expect(await noah.page.getByTestId("join-pending-code").textContent()).toBe(code);
    await noah.page.getByTestId("coach-can-see").waitFor();
    await screenshotBothSizes(noah.page, `${lang}-join-signed-out`);
    await noah.page.getByTestId("join-sign-up").click();
    expect(await noah.page.getByTestId("auth-invitation").textContent()).toContain(code);
    await noah.page.getByTestId("email").fill(clientEmail);
    await noah.page.getByTestId("password").fill("tuesday-class-2026");
    await noah.page.getByTestId("auth-submit").click();

    // Back on the join page, signed in, the code filled in: one click joins.
    expect(await noah.page.getByTestId("join-code").inputValue()).toBe(code);
    await noah.page.getByTestId("join-submit").click();
    await expect.poll(() => noah.page.getByTestId("join-status").getAttribute("class")).toBe("ok");
    expect(await noah.page.getByTestId("join-status").textContent()).toContain(coachEmail);

    await ines.page.goto("/coach");
    await ines.page.getByTestId(`client-row-${clientEmail}`).waitFor();
  });

  it("Noah stops sharing on My coach, and Inès loses access at once", async () => {
    await noah.page.getByTestId("nav-my-coach").click();
    const card = noah.page.getByTestId(`my-coach-${coachEmail}`);
    await card.waitFor();
    await screenshotBothSizes(noah.page, `${lang}-my-coach`);
    // Inès has Noah's page open when he stops sharing.
    await ines.page.getByTestId(`client-row-${clientEmail}`).getByRole("link").click();
    const clientUrl = ines.page.url();

    await card.getByTestId("stop-sharing").click();
    await card.getByTestId("stop-sharing-confirm").click();
    await noah.page.getByTestId("no-coach").waitFor();
    await noah.page.getByTestId(`past-coach-${coachEmail}`).waitFor();

    await ines.page.goto("/coach");
    await ines.page.getByTestId("coach-page").waitFor();
    await expect.poll(() => ines.page.getByTestId(`client-row-${clientEmail}`).count()).toBe(0);
    await ines.page.goto(clientUrl);
    await ines.page.getByTestId("client-not-found").waitFor();
  });
});
