import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { PHONE, openBrowser } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_FRENCH } from "./support/journey-language.js";

/**
 * Marc, 41, checks in on his phone between two meetings: he goes back a step, reloads the page, and tries to
 * skip the safety questions. Nothing he answered is lost, and the safety screen has to be read.
 */
describe.each(IN_FRENCH)("Marc's check-in on a phone, in %s", (lang) => {
  let server: TestServer;
  let marc: Person;

  beforeAll(async () => {
    server = await startTestServer();
    marc = await openBrowser(server.url);
    await marc.page.setViewportSize(PHONE);
  });

  afterAll(async () => {
    await marc.close();
    await server.stop();
  });

  it("keeps each step at its own address through Back and reload, and reports problems where they happen", async () => {
    const { page } = marc;
    await page.goto("/");
    await new AppShell(page).chooseLanguage(lang);
    await new AuthPage(page).signUp(`marc-steps-${lang}@example.test`, "between-two-meetings-1");

    await page.getByTestId("step-about").waitFor();
    expect(page.url()).toMatch(/\/check-in\/about$/);
    await page.getByTestId("age").fill("41");
    await page.getByTestId("next").click();

    await page.getByTestId("step-selfCheck").waitFor();
    expect(page.url()).toMatch(/\/check-in\/self-check$/);
    for (const key of ["sitsRegularly", "hasBackPain", "repetitiveExercise", "doesHipBalanceWork"]) {
      await page.getByTestId(`self-check-${key}-no`).check();
    }
    await page.getByTestId("next").click();

    // Step 3: a worst pain lower than the pain now is reported here, not at the end.
    await page.getByTestId("step-symptoms").waitFor();
    await page.getByTestId("has-pain-yes").check();
    await page.getByTestId("knee-left").check();
    await page.getByTestId("location-around-kneecap").check();
    // A pain not rated yet is not taken as 0: the step says so.
    await page.getByTestId("pain-now").fill("5");
    await page.getByTestId("pain-worst").fill("2");
    expect(await page.getByTestId("pain-usual-value").textContent()).toBe(
      lang === "fr" ? "pas encore noté" : "not rated yet",
    );
    await page.getByTestId("next").click();
    await page.locator('[data-testid="step-problems"] [data-problem="painUnrated"]').waitFor();
    // A tap where the slider already stands (0, at its left end) rates it.
    const usual = page.getByTestId("pain-usual");
    const box = await usual.boundingBox();
    if (box === null) throw new Error("no usual pain slider");
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    expect(await page.getByTestId("pain-usual-value").textContent()).toBe("0");
    await usual.fill("4");
    await page.getByTestId("next").click();
    const problem = page.locator('[data-testid="step-problems"] [data-problem="worstBelowOthers"]');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(lang === "fr" ? /pire douleur/ : /worst pain/);
    expect(page.url()).toMatch(/\/check-in\/symptoms$/);
    await page.getByTestId("pain-worst").fill("6");
    await page.getByTestId("next").click();
    await page.getByTestId("step-redFlags").waitFor();

    // The browser's Back returns to step 3 with its answers; Forward comes back.
    await page.goBack();
    await page.getByTestId("step-symptoms").waitFor();
    expect(await page.getByTestId("pain-now").inputValue()).toBe("5");
    expect(await page.getByTestId("knee-left").isChecked()).toBe(true);
    await page.goForward();
    await page.getByTestId("step-redFlags").waitFor();

    // The safety screen: nothing answered in advance, no under-18 question at 41, and no way past it unanswered.
    expect(await page.locator('[data-testid="step-redFlags"] input[type="radio"]:checked').count()).toBe(0);
    expect(await page.getByTestId("red-flag-youngUnwellOrBruising").count()).toBe(0);
    await page.getByTestId("next").click();
    await page.locator('[data-problem="safetyUnanswered"]').waitFor();
    await page.locator('[data-problem="injuredUnanswered"]').waitFor();
    expect(page.url()).toMatch(/\/check-in\/safety$/);

    // One explicit "none of these apply to me", after the list, answers every question no.
    await page.getByTestId("none-apply").check();
    const asked = await page.locator('[data-testid^="red-flag-"][data-testid$="-no"]').count();
    expect(await page.locator('[data-testid^="red-flag-"][data-testid$="-no"]:checked').count()).toBe(asked);
    await page.getByTestId("injured-no").check();

    // A reload keeps the step and every answer.
    await page.reload();
    await page.getByTestId("step-redFlags").waitFor();
    expect(page.url()).toMatch(/\/check-in\/safety$/);
    expect(await page.getByTestId("none-apply").isChecked()).toBe(true);
    expect(await page.getByTestId("injured-no").isChecked()).toBe(true);
    await page.getByTestId("next").click();

    await page.getByTestId("step-activities").waitFor();
    await page.reload();
    await page.getByTestId("step-activities").waitFor();
    await page.getByTestId("day-tue").check();
    await page.getByTestId("day-fri").check();
    await page.getByTestId("next").click();
    await page.getByTestId("program-page").waitFor();
    expect(await page.locator('[data-testid^="start-w"]').count()).toBeGreaterThan(0);

    // Signed in, the home address is Today, and its check-in link no longer opens "Create your account".
    await page.goto("/");
    await page.getByTestId("today-page").waitFor();
    expect(await page.getByTestId("home-page").count()).toBe(0);
  });
});
