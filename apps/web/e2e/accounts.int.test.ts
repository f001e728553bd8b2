import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { CoachPages } from "./pages/coach-pages.js";
import { createCoach, signedInTransport } from "./support/api-session.js";
import { openBrowser } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { bootstrapAdmin, resetLinkFor, startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";

/**
 * A clinic runs HipCheck on the internet with `hipcheck serve --invite-only` (decision 0331). Maya, a coach, chooses
 * the name her clients see (decision 0330), in French; Dana, who has no code yet, reads that she needs one and is
 * refused a made-up code; with Maya's link she signs up, giving her own name, and lands on "My coach" with Maya's
 * name; Maya's roster shows Dana's name.
 */
describe("an invite-only clinic with named coaches and clients", () => {
  let server: TestServer;
  let maya: Person;
  let dana: Person;
  const coachEmail = "maya@example.test";
  const coachPassword = "physio-clinic-2026";

  beforeAll(async () => {
    server = await startTestServer(["--invite-only"]);
    await bootstrapAdmin(server.dataDir, "admin@example.test", "clinic-admin-2026");
    await createCoach(
      await signedInTransport(server.url, "admin@example.test", "clinic-admin-2026"),
      coachEmail,
      coachPassword,
    );
    maya = await openBrowser(server.url);
    dana = await openBrowser(server.url);
  });

  afterAll(async () => {
    await maya.close();
    await dana.close();
    await server.stop();
  });

  it("Maya names herself, Dana joins by her link only, and each sees the other's name", async () => {
    await maya.page.goto("/");
    await new AppShell(maya.page).chooseLanguage("fr");
    await new AuthPage(maya.page).signIn(coachEmail, coachPassword);
    await maya.page.getByTestId("coach-page").waitFor();
    await maya.page.goto("/settings");
    await maya.page.getByTestId("display-name").fill("Maya Lefèvre, kiné");
    await maya.page.getByTestId("save-display-name").click();
    expect(await maya.page.getByTestId("display-name-notice").textContent()).toBe("Nom enregistré.");
    expect(await maya.page.getByTestId("signed-in-as").textContent()).toContain("Maya Lefèvre, kiné");
    const code = await new CoachPages(maya.page).createInvitationCode();

    await dana.page.goto("/sign-up");
    expect(await dana.page.getByTestId("invite-only-notice").textContent()).toContain(
      "open by invitation only",
    );
    await dana.page.getByTestId("sign-up-invitation-code").fill("HIP-0000-0000");
    await dana.page.getByTestId("email").fill("dana@example.test");
    await dana.page.getByTestId("password").fill("dana-runs-2026");
    await dana.page.getByTestId("auth-submit").click();
    expect(await new AuthPage(dana.page).error().textContent()).toContain(
      "This invitation code is not valid",
    );

    await dana.page.goto(`/join?code=${encodeURIComponent(code.toLowerCase())}`);
    await dana.page.getByTestId("join-sign-up").click();
    const typedCode = dana.page.getByTestId("sign-up-invitation-code");
    expect(await typedCode.inputValue()).toBe(code.toLowerCase());
    await dana.page.getByTestId("email").fill("dana@example.test");
    await dana.page.getByTestId("password").fill("dana-runs-2026");
    await dana.page.getByTestId("sign-up-display-name").fill("Dana R.");
    await dana.page.getByTestId("auth-submit").click();
    await dana.page.getByTestId("my-coach-page").waitFor();
    expect(await dana.page.getByTestId("my-coach-name").textContent()).toBe("Maya Lefèvre, kiné");

    await maya.page.goto("/coach");
    expect(await maya.page.getByTestId("client-row-dana@example.test").textContent()).toContain("Dana R.");
  });

  it("Dana forgot her password: the admin's one-time link lets her choose a new one, once", async () => {
    const link = await resetLinkFor(server.dataDir, "dana@example.test", server.url);
    await dana.page.goto(link);
    await dana.page.getByTestId("reset-new-password").fill("dana-new-secret-2026");
    await dana.page.getByTestId("reset-confirm-password").fill("dana-new-secret-2026");
    await dana.page.getByTestId("reset-submit").click();
    expect(await dana.page.getByTestId("reset-notice").textContent()).toContain("signed out everywhere");
    await new AuthPage(dana.page).signIn("dana@example.test", "dana-new-secret-2026");
    await dana.page.waitForURL((url) => url.pathname !== "/sign-in");

    await dana.page.goto(link);
    await dana.page.getByTestId("reset-new-password").fill("someone-else-2026");
    await dana.page.getByTestId("reset-confirm-password").fill("someone-else-2026");
    await dana.page.getByTestId("reset-submit").click();
    expect(await dana.page.getByTestId("reset-notice").textContent()).toContain("does not work any more");
  });
});
