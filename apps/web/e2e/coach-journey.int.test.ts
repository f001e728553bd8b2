import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { CheckInPage } from "./pages/check-in-page.js";
import { CoachPages, GroupSection, JoinPage } from "./pages/coach-pages.js";
import { ProgramPage } from "./pages/program-page.js";
import { createCoach, signedInTransport } from "./support/api-session.js";
import { openBrowser, screenshotBothSizes, sidewaysScrollPx } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { bootstrapAdmin, startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_FRENCH } from "./support/journey-language.js";

/**
 * Inès teaches yoga and coaches Léa, whose left knee hurts in lunges. Inès invites Léa, Léa accepts, Inès
 * lowers a dose and says why, and Léa sees the change with the reason in her own language.
 */
describe.each(IN_FRENCH)("Inès coaching Léa, in %s", (lang) => {
  let server: TestServer;
  let ines: Person;
  let lea: Person;
  const coachEmail = `ines-${lang}@example.test`;
  const clientEmail = `lea-${lang}@example.test`;

  beforeAll(async () => {
    server = await startTestServer();
    await bootstrapAdmin(server.dataDir, "admin@example.test", "clinic-admin-2026");
    await createCoach(
      await signedInTransport(server.url, "admin@example.test", "clinic-admin-2026"),
      coachEmail,
      "yoga-teacher-2026",
    );
    ines = await openBrowser(server.url);
    lea = await openBrowser(server.url);
  });

  afterAll(async () => {
    await ines.close();
    await lea.close();
    await server.stop();
  });

  it("invites, is accepted, edits the program, and the client reads the change and its reason", async () => {
    await ines.page.goto("/");
    await new AppShell(ines.page).chooseLanguage(lang);
    await new AuthPage(ines.page).signIn(coachEmail, "yoga-teacher-2026");
    await ines.page.getByTestId("coach-page").waitFor();
    const coach = new CoachPages(ines.page);
    const code = await coach.createInvitationCode();
    expect(code.length).toBeGreaterThan(3);

    await lea.page.goto("/");
    await new AppShell(lea.page).chooseLanguage(lang);
    await new AuthPage(lea.page).signUp(clientEmail, "lunges-hurt-2026");
    await new CheckInPage(lea.page).complete({
      ageYears: 41,
      painNow: 2,
      sports: ["yoga"],
      days: ["tue", "thu", "sat"],
    });
    await lea.page.getByTestId("program-page").waitFor();
    expect(await new JoinPage(lea.page).acceptByLink(code)).not.toBe("");
    await expect.poll(() => lea.page.getByTestId("join-status").getAttribute("class")).toBe("ok");

    await coach.openClient(clientEmail);
    // First on the page: Léa's latest check-in, with no warning sign and the self-check's pointer to the hips.
    const checkIn = ines.page.getByTestId("client-check-in");
    expect(await checkIn.getByTestId("client-screen").getAttribute("data-tier")).toBe("none");
    expect(await checkIn.textContent()).toMatch(
      lang === "fr" ? /Aucune de vos réponses/ : /None of your answers/,
    );
    // Then what Léa answered, in sentences about her: which knee, where, her pain scores, her days.
    const intake = ines.page.getByTestId("client-intake");
    await intake.getByTestId("client-intake-answers").waitFor();
    expect(await intake.getByTestId("client-intake-where").textContent()).toBe(
      lang === "fr"
        ? "Douleur\u00a0: genou droit, autour de la rotule."
        : "Where it hurts: right knee, around the kneecap.",
    );
    expect(await intake.getByTestId("client-intake-pain").textContent()).toBe(
      lang === "fr"
        ? "Douleur (0–10)\u00a0: 2 actuellement, 2 habituellement, 2 au pire."
        : "Pain (0–10): 2 now, 2 usually, 2 at worst.",
    );
    expect(await intake.getByTestId("client-intake-days").textContent()).toBe(
      lang === "fr"
        ? "Jours disponibles pour s’entraîner\u00a0: mardi, jeudi, samedi."
        : "Days they can train: Tuesday, Thursday, Saturday.",
    );
    await screenshotBothSizes(ines.page, `${lang}-coach-client`);
    // On a small phone, the client's address in the title wraps instead of widening the page.
    expect(await sidewaysScrollPx(ines.page)).toBe(0);
    // The edit form says which weeks of the program the chosen exercise is in, from today on.
    const weeksLine = (await ines.page.getByTestId("edit-weeks").textContent()) ?? "";
    const weeks =
      (lang === "fr"
        ? /^Ce changement s’applique (?:à la semaine|aux semaines) ([\d–, ]+) du programme\.$/
        : /^This change applies to weeks? ([\d–, ]+) of the program\.$/
      ).exec(weeksLine)?.[1] ?? "";
    expect(weeks).toMatch(/^\d/);
    await coach.changeFirstDose(
      2,
      8,
      "Fewer reps while your knee settles.",
      "Moins de répétitions le temps que le genou se calme.",
    );
    expect(await ines.page.getByTestId("edit-status").getAttribute("class")).toBe("ok");
    // The change history names the same weeks beside the change.
    await expect
      .poll(() => ines.page.getByTestId("revision-1").getByTestId("revision-weeks").textContent())
      .toBe(
        lang === "fr"
          ? `(${weeks.includes("–") || weeks.includes(",") ? "semaines" : "semaine"} ${weeks})`
          : `(${weeks.includes("–") || weeks.includes(",") ? "weeks" : "week"} ${weeks})`,
      );
    // Written for the coach: the client's program, changed by the coach (not "your program", "your coach").
    const changes = ines.page.getByTestId("program-changes");
    expect(await changes.getByRole("heading").textContent()).toBe(
      lang === "fr" ? "Modifications du programme du client" : "Changes to the client's program",
    );
    expect(await changes.getByTestId("revision-1").locator("p.muted").first().textContent()).toMatch(
      lang === "fr" ? /^Modifié par le coach le / : /^Changed by the coach on /,
    );
    await ines.page.goto("/coach");
    await ines.page.getByTestId(`client-row-${clientEmail}`).waitFor();
    await screenshotBothSizes(ines.page, `${lang}-coach-roster`);
    // The roster's columns scroll inside their own box on a small phone; the page itself does not.
    expect(await sidewaysScrollPx(ines.page)).toBe(0);

    const program = new ProgramPage(lea.page);
    await program.open();
    await expect
      .poll(() => program.changeReasons().first().textContent())
      .toBe(
        lang === "fr"
          ? "Moins de répétitions le temps que le genou se calme."
          : "Fewer reps while your knee settles.",
      );
  });

  it("gives her Tuesday class one program, keeping Léa's edited program until Inès confirms", async () => {
    const groups = new GroupSection(ines.page);
    await groups.createWithMember("Tuesday yoga", clientEmail);
    const group = ines.page.getByTestId("group-Tuesday yoga");
    expect(await group.getByTestId("group-adherence").textContent()).toMatch(/0\s?%/);
    expect(await groups.preview("Tuesday yoga", clientEmail)).toBe("keep-edited");
    expect(await group.getByTestId(`plan-${clientEmail}`).textContent()).toContain(
      lang === "fr" ? "Moins de répétitions" : "Fewer reps",
    );
    await screenshotBothSizes(ines.page, `${lang}-coach-group-preview`);
    await groups.confirm("Tuesday yoga");
    await group.getByTestId(`kept-${clientEmail}`).waitFor();

    // Not confirmed: Léa's program and Inès's reason are as they were.
    const program = new ProgramPage(lea.page);
    await program.open();
    await expect
      .poll(() => program.changeReasons().first().textContent())
      .toContain(lang === "fr" ? "Moins de répétitions" : "Fewer reps");

    expect(await groups.preview("Tuesday yoga", clientEmail)).toBe("keep-edited");
    await groups.confirm("Tuesday yoga", [clientEmail]);
    await group.getByTestId(`given-${clientEmail}`).waitFor();
    await screenshotBothSizes(ines.page, `${lang}-coach-group`);

    // Léa reads, in her language, who gave her which program.
    await program.open();
    await expect.poll(() => program.changeReasons().first().textContent()).toContain("Tuesday yoga");
    expect(await program.changeReasons().first().textContent()).toContain(
      lang === "fr" ? "vous a donné le programme du groupe" : "gave you the program of the group",
    );
  });
});
