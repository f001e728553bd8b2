/**
 * `hipcheck progress` shows what the program says: a stop for a new safety screen and what to do next, the latest
 * check-in's cautions, and the load note beside the verdicts, in both languages. Needs a real SQLite file.
 */
import { join } from "node:path";
import { accountActor, createHipCheck, type AccountActor, type HipCheck } from "@hipcheck/application";
import { AnswersSchema, type Answers } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { createArgon2PasswordHasher, cryptoSecrets, uuidV7Ids } from "@hipcheck/server";
import { openStorage } from "@hipcheck/storage";
import { describe, expect, it } from "vitest";
import { hipcheck, tempDir } from "../../test/kit.js";

/** Dana, who had a long flight last week (a clot risk factor), in a SQLite database under `dir/data`. */
async function withDana(
  dir: string,
  work: (app: HipCheck, dana: AccountActor) => Promise<void>,
): Promise<void> {
  const storage = await openStorage({ dataDir: join(dir, "data") });
  let today = "2026-11-02";
  const clock = { now: () => `${today}T07:00:00.000Z`, today: () => today };
  try {
    const app = createHipCheck({
      repositories: storage.repositories,
      clock: { now: () => clock.now(), today: () => clock.today() },
      ids: uuidV7Ids,
      secrets: cryptoSecrets,
      passwords: createArgon2PasswordHasher(),
    });
    const account = await app.signUp(
      { kind: "anonymous" },
      { email: "dana@example.org", password: "correct horse battery" },
    );
    if (!account.ok) throw new Error(account.error.message);
    const dana = accountActor(account.value.accountId, "person");
    const answers: Answers = AnswersSchema.parse({
      ...personas.runnerPfp,
      redFlags: { ...personas.runnerPfp.redFlags, clotRiskImmobility: true },
    });
    const checkIn = await app.submitCheckIn(dana, { answers });
    if (!checkIn.ok) throw new Error(checkIn.error.message);
    const program = await app.createProgram(dana, { startDate: "2026-11-02" });
    if (!program.ok) throw new Error(program.error.message);
    // A settled week, then a morning at 6/10: a sharp rise stops the exercises until a new screen.
    for (const [date, pain] of [
      ["2026-11-03", 2],
      ["2026-11-04", 2],
      ["2026-11-05", 2],
      ["2026-11-06", 6],
    ] as const) {
      today = date;
      const morning = await app.recordMorningCheckIn(dana, { checkIn: { date, pain, settled: pain < 4 } });
      if (!morning.ok) throw new Error(morning.error.message);
    }
    today = "2026-11-07";
    await work(app, dana);
  } finally {
    await storage.close();
  }
}

const db = ["--data-dir", "data"];
const flat = (text: string): string => text.replace(/\s+/g, " ");

describe("hipcheck progress", () => {
  it("shows Dana's stopped program with what to do next, her clot caution and her load note, in English and French", async () => {
    const dir = tempDir();
    await withDana(dir, async () => {});
    const english = await hipcheck(["progress", "--account", "dana@example.org", ...db], { cwd: dir });
    expect(english.stderr).toBe("");
    expect(english.code).toBe(0);
    const en = flat(english.stdout);
    expect(en).toContain("PROGRAM STOPPED: ANSWER THE SAFETY QUESTIONS AGAIN");
    expect(en).toContain("Your exercises are stopped since 6 November 2026");
    expect(en).toContain("answer the warning-sign questions again (the check-in)");
    expect(en).toContain("Your risk of a blood clot in a leg vein is higher than usual");
    expect(en).toContain("Your sport while the knee settles: You run 4 times a week");

    const french = await hipcheck(["progress", "--account", "dana@example.org", "--lang", "fr", ...db], {
      cwd: dir,
    });
    const fr = flat(french.stdout);
    expect(fr).toContain("PROGRAMME ARRÊTÉ : RÉPONDEZ À NOUVEAU AUX QUESTIONS DE SÉCURITÉ");
    expect(fr).toContain("Vos exercices sont arrêtés depuis le 6 novembre 2026");
    expect(fr).toContain("Votre risque de caillot dans une veine de la jambe est plus élevé que d’habitude");
    expect(fr).toContain("Votre sport le temps que le genou se calme : Vous courez 4 fois par semaine");
  });

  it("after a clean new check-in, says the program resumed at a smaller dose", async () => {
    const dir = tempDir();
    await withDana(dir, async (app, dana) => {
      const again = await app.submitCheckIn(dana, { answers: personas.runnerPfp });
      if (!again.ok) throw new Error(again.error.message);
      // The rules act on the clean screen at the next revision (after any write, or asked for, as here).
      const current = await app.getCurrentProgram(dana, {});
      if (!current.ok || current.value === null) throw new Error("Dana has a program");
      const revised = await app.reviseProgram(dana, { programId: current.value.programId });
      if (!revised.ok) throw new Error(revised.error.message);
    });
    const run = await hipcheck(["progress", "--account", "dana@example.org", "--json", ...db], { cwd: dir });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { rescreen: { state: string }; cautions: unknown[] };
    expect(printed.rescreen.state).toBe("resumed");
    // The new check-in has no clot risk factor: no caution any more.
    expect(printed.cautions).toEqual([]);
    const text = await hipcheck(["progress", "--account", "dana@example.org", ...db], { cwd: dir });
    expect(flat(text.stdout)).toContain("the sessions resume at a smaller dose");
  });

  it("answers an unknown account with the not-found exit code", async () => {
    const dir = tempDir();
    await withDana(dir, async () => {});
    const run = await hipcheck(["progress", "--account", "nobody@example.org", ...db], { cwd: dir });
    expect(run.code).toBe(66);
    expect(run.stderr).toMatch(/No account with the email nobody@example.org/);
  });
});
