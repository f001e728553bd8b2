import { createRequire } from "node:module";
import type { AxeResults, RunOptions } from "axe-core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { CheckInPage } from "./pages/check-in-page.js";
import { ProgramPage } from "./pages/program-page.js";
import { SessionPage } from "./pages/session-page.js";
import { createCoach, signedInTransport } from "./support/api-session.js";
import { nextTwoStepCode } from "./support/two-step.js";
import { openBrowser } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { bootstrapAdmin, startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";

const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/**
 * Every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA that axe can check automatically, and axe's
 * best practices (one main landmark, all content in landmarks, headings that do not skip a level), which
 * screen-reader users lean on to find their way.
 */
const WCAG_A_AA: RunOptions = {
  runOnly: {
    type: "tag",
    values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
  },
  resultTypes: ["violations"],
};

type Violation = { readonly rule: string; readonly help: string; readonly where: readonly string[] };

/** Runs axe-core in the page as it is on screen now, and lists what breaks the rules, element by element. */
async function audit(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: { run(o: RunOptions): Promise<AxeResults> } }).axe.run(options),
    WCAG_A_AA,
  );
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    where: violation.nodes.map((node) => node.target.join(" ")),
  }));
}

/**
 * Fields whose hint (`aria-describedby`) sits inside their own label: the hint is then read out as part of the
 * field's name as well as its description, and a name such as « Nom affiché (facultatif) » becomes a whole paragraph.
 * Axe does not check this.
 */
function hintsInsideTheirLabel(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>("[aria-describedby]")]
      .filter((field) =>
        (field.getAttribute("aria-describedby") ?? "").split(/\s+/).some((id) => {
          const hint = document.getElementById(id);
          return hint !== null && [...(field.labels ?? [])].some((label) => label.contains(hint));
        }),
      )
      .map((field) => field.getAttribute("data-testid") ?? field.name),
  );
}

async function openAndWait(page: Page, path: string, ready: string): Promise<void> {
  await page.goto(path);
  await page.locator(ready).first().waitFor();
}

const CHECK_IN_STEPS = ["about", "selfCheck", "symptoms", "redFlags", "activities"] as const;
type CheckInStep = (typeof CHECK_IN_STEPS)[number];

/**
 * Walks the check-in up to `last` without sending it, answering each step on the way and `last` itself, so
 * what an answer reveals (the self-check result, the injury questions, a sport's details) is audited too.
 */
async function checkInUpTo(page: Page, last: CheckInStep): Promise<void> {
  const answer: Record<CheckInStep, () => Promise<void>> = {
    about: () => page.getByTestId("age").fill("34"),
    selfCheck: async () => {
      for (const choice of [
        "sitsRegularly-yes",
        "hasBackPain-no",
        "repetitiveExercise-yes",
        "doesHipBalanceWork-no",
      ]) {
        await page.getByTestId(`self-check-${choice}`).check();
      }
      await page.getByTestId("self-check-result").waitFor();
    },
    symptoms: async () => {
      await page.getByTestId("has-pain-yes").check();
      await page.getByTestId("knee-right").check();
      await page.getByTestId("location-around-kneecap").check();
      await page.getByTestId("pain-now").fill("3");
      // No usual pain, rated from the keyboard where the slider already stands.
      await page.getByTestId("pain-usual").press("Home");
      expect(await page.getByTestId("pain-usual").getAttribute("data-rated")).toBe("true");
      await page.getByTestId("pain-worst").fill("4");
    },
    redFlags: async () => {
      for (const no of await page.locator('[data-testid^="red-flag-"][data-testid$="-no"]').all()) {
        await no.check();
      }
      await page.getByTestId("injured-yes").check();
      await page.getByTestId("injury-days").waitFor();
      for (const no of await page.locator('[data-testid^="injury-"][data-testid$="-no"]').all()) {
        await no.check();
      }
    },
    activities: async () => {
      await page.getByTestId("sport-running").check();
      await page.getByTestId("day-mon").check();
    },
  };
  await page.goto("/check-in");
  for (const step of CHECK_IN_STEPS) {
    await page.getByTestId(`step-${step}`).waitFor();
    await answer[step]();
    if (step === last) return;
    await page.getByTestId("next").click();
  }
}

type Screen = {
  readonly name: string;
  readonly who: "person" | "coach" | "admin";
  /** Opens the page and waits until its content (not a loading line) is on screen. */
  readonly open: (page: Page) => Promise<void>;
};

const SCREENS: readonly Screen[] = [
  { name: "today", who: "person", open: (page) => openAndWait(page, "/", '[data-testid="today-session"]') },
  {
    name: "sign-in",
    who: "person",
    open: (page) => openAndWait(page, "/sign-in", '[data-testid="sign-in-page"]'),
  },
  {
    name: "sign-up",
    who: "person",
    open: (page) => openAndWait(page, "/sign-up", '[data-testid="sign-up-page"]'),
  },
  ...CHECK_IN_STEPS.map((step): Screen => ({
    name: `check-in (${step})`,
    who: "person",
    open: (page) => checkInUpTo(page, step),
  })),
  {
    name: "program",
    who: "person",
    open: (page) => openAndWait(page, "/program", '[data-testid="program-page"][data-program-id]'),
  },
  {
    name: "session",
    who: "person",
    open: async (page) => {
      await new ProgramPage(page).open();
      await new ProgramPage(page).startNextSession();
      await new SessionPage(page).waitUntilOpen();
    },
  },
  {
    name: "checkpoint",
    who: "person",
    open: (page) => openAndWait(page, "/checkpoint", '[data-testid="checkpoint-form"]'),
  },
  {
    name: "morning check-in",
    who: "person",
    open: (page) => openAndWait(page, "/morning", '[data-testid="morning-page"]'),
  },
  {
    name: "progress",
    who: "person",
    open: (page) => openAndWait(page, "/progress", '[data-testid="adherence"]'),
  },
  {
    name: "movement screen",
    who: "person",
    open: (page) => openAndWait(page, "/screen", '[data-testid="start-camera"]'),
  },
  {
    name: "learn",
    who: "person",
    open: (page) =>
      openAndWait(page, "/learn?structure=gluteus-medius", '[data-testid="targeting-exercises"]'),
  },
  {
    name: "exercise",
    who: "person",
    open: async (page) => {
      await openAndWait(page, "/learn?structure=gluteus-medius", '[data-testid="targeting-exercises"]');
      await page.getByTestId("targeting-exercises").getByRole("link").first().click();
      await page.getByTestId("exercise-figure").waitFor();
    },
  },
  { name: "data", who: "person", open: (page) => openAndWait(page, "/data", '[data-testid="data-page"]') },
  {
    name: "settings",
    who: "person",
    open: (page) => openAndWait(page, "/settings", '[data-testid="save-profile"]'),
  },
  { name: "coach", who: "coach", open: (page) => openAndWait(page, "/coach", '[data-testid="coach-page"]') },
  {
    name: "unknown address",
    who: "person",
    open: (page) => openAndWait(page, "/no-such-page", '[data-testid="not-found-page"]'),
  },
  {
    name: "admin",
    who: "admin",
    open: (page) => openAndWait(page, "/admin", '[data-testid="admin-page"] [data-testid="accounts"] tr'),
  },
];

/**
 * Every main page, as Amira (a person with a program), Inès (a coach) and Noah (whose answers need a clinician)
 * see it, checked with axe-core in both languages. No rule is switched off.
 */
describe.each(["en", "fr"] as const)("accessibility of the main pages, in %s", (lang) => {
  let server: TestServer;
  let amira: Person;
  let ines: Person;
  let admin: Person;

  async function signedIn(signIn: (auth: AuthPage) => Promise<void>): Promise<Person> {
    const person = await openBrowser(server.url, { bypassCsp: true });
    await person.page.goto("/");
    await new AppShell(person.page).chooseLanguage(lang);
    await signIn(new AuthPage(person.page));
    return person;
  }

  beforeAll(async () => {
    server = await startTestServer();
    await bootstrapAdmin(server.dataDir, "admin@example.test", "clinic-admin-2026");
    await createCoach(
      await signedInTransport(server.url, "admin@example.test", "clinic-admin-2026"),
      "ines@example.test",
      "yoga-teacher-2026",
    );
    amira = await signedIn((auth) => auth.signUp("amira@example.test", "stairs-are-hard-2026"));
    await new CheckInPage(amira.page).complete({
      ageYears: 34,
      painNow: 3,
      sports: ["running"],
      days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    });
    await amira.page.getByTestId("program-page").waitFor();
    ines = await signedIn((auth) => auth.signIn("ines@example.test", "yoga-teacher-2026"));
    await ines.page.getByTestId("coach-page").waitFor();
    admin = await signedIn(async (auth) => {
      await auth.signIn("admin@example.test", "clinic-admin-2026");
      await auth.secondStep(nextTwoStepCode("admin@example.test"));
    });
  });

  afterAll(async () => {
    await amira.close();
    await ines.close();
    await admin.close();
    await server.stop();
  });

  it.each(SCREENS)("$name page passes axe's WCAG A/AA and best-practice rules", async (screen) => {
    const { page } = { person: amira, coach: ines, admin }[screen.who];
    await screen.open(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await audit(page)).toEqual([]);
    expect(await hintsInsideTheirLabel(page)).toEqual([]);
  });

  it("the advice to see a clinician passes axe's WCAG A/AA and best-practice rules", async () => {
    const noah = await signedIn((auth) => auth.signUp("noah@example.test", "hot-swollen-knee"));
    try {
      await new CheckInPage(noah.page).stopAtSafetyQuestions({
        ageYears: 52,
        painNow: 8,
        redFlagsYes: ["hotSwollenKneeWithFever"],
      });
      await noah.page.getByTestId("red-flag-advice").waitFor();
      expect(await audit(noah.page)).toEqual([]);
    } finally {
      await noah.close();
    }
  });
});
