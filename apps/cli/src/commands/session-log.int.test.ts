/**
 * `hipcheck log`: Noor logs her first strength session with the pain in her knee right after it. At 7/10 the
 * rules make her next session lighter and the command prints their reason, in English and French; a pain after
 * outside 0–10 is refused with what to type and stores nothing. Needs a real SQLite file.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { accountActor, createHipCheck } from "@hipcheck/application";
import { addDays } from "@hipcheck/core";
import type { SessionLog } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { createArgon2PasswordHasher, cryptoSecrets, systemClock, uuidV7Ids } from "@hipcheck/server";
import { openStorage } from "@hipcheck/storage";
import { describe, expect, it } from "vitest";
import { hipcheck, tempDir } from "../../test/kit.js";

/** Today on this machine's clock, as the command's own clock reads it: the program runs from here, so sessions lie ahead. */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Noor's account and program under `dir/data`, started three days ago, and her first strength session as she did it, one
 * log per file; gives the session's date.
 */
async function withNoor(
  dir: string,
): Promise<{ writeLog: (id: string, file: string) => void; date: string }> {
  const storage = await openStorage({ dataDir: join(dir, "data") });
  try {
    const app = createHipCheck({
      repositories: storage.repositories,
      clock: systemClock,
      ids: uuidV7Ids,
      secrets: cryptoSecrets,
      passwords: createArgon2PasswordHasher(),
    });
    const account = await app.signUp(
      { kind: "anonymous" },
      { email: "noor@example.org", password: "correct horse battery" },
    );
    if (!account.ok) throw new Error(account.error.message);
    const noor = accountActor(account.value.accountId, "person");
    const checkIn = await app.submitCheckIn(noor, { answers: personas.runnerPfp });
    if (!checkIn.ok) throw new Error(checkIn.error.message);
    // Three days ago: her first session is done by today, and the same phase's sessions lie ahead.
    const made = await app.createProgram(noor, { startDate: addDays(localToday(), -3) });
    if (!made.ok) throw new Error(made.error.message);
    const program = made.value.program;
    const session = program.sessions.find((candidate) => candidate.kind === "strength")!;
    const writeLog = (id: string, file: string): void => {
      const log: SessionLog = {
        id,
        programId: program.id,
        plannedSessionId: session.id,
        date: session.date,
        kind: session.kind,
        entries: session.exercises.map((planned) => ({
          exerciseId: planned.exerciseId,
          sets: [{ side: "both", reps: 10 }],
          painDuring: 2,
          rpe: 6,
        })),
        completed: true,
      };
      writeFileSync(join(dir, file), JSON.stringify(log));
    };
    return { writeLog, date: session.date };
  } finally {
    await storage.close();
  }
}

const noor = ["--account", "noor@example.org", "--data-dir", "data"];
const flat = (text: string): string => text.replace(/\s+/g, " ");

describe("hipcheck log", () => {
  it("logs Noor's session with 7/10 right after it and prints the rules' cut; a repeat changes nothing", async () => {
    const dir = tempDir();
    const { writeLog, date } = await withNoor(dir);
    writeLog("log-noor-1", "session.json");
    const run = await hipcheck(["log", "session.json", ...noor, "--pain-after", "7"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = flat(run.stdout);
    expect(out).toContain(
      `Session of ${date} saved. Pain in the knee right after: 7/10. The program changed:`,
    );
    expect(out).toMatch(
      /Your knee hurt 7\/10 after your session of \d{1,2} [A-Z][a-z]+ \d{4}, more than the 5\/10 that may follow a session\./,
    );
    expect(out).toContain("This is an ordinary adjustment, not a reason to stop");

    const again = await hipcheck(["log", "session.json", ...noor, "--pain-after", "7", "--lang", "fr"], {
      cwd: dir,
    });
    expect(again.code).toBe(0);
    expect(flat(again.stdout)).toBe(
      `La séance du ${date} était déjà enregistrée : rien n’a changé. Douleur au genou juste après : 7/10. `,
    );
  });

  it("refuses a pain after outside 0–10, says what to type, and stores nothing", async () => {
    const dir = tempDir();
    const { writeLog } = await withNoor(dir);
    writeLog("log-noor-2", "session.json");
    for (const typed of ["11", "3.5", "bad", "-1"]) {
      const refused = await hipcheck(["log", "session.json", ...noor, "--pain-after", typed], { cwd: dir });
      expect(refused.code).toBe(65);
      expect(refused.stdout).toBe("");
      expect(refused.stderr).toBe(
        `hipcheck: --pain-after must be a whole number from 0 to 10 (the pain in the knee right after the session); got "${typed}"\n`,
      );
    }
    // Nothing was stored: the first accepted write is a new log, and at 5/10 nothing changes.
    const accepted = await hipcheck(["log", "session.json", ...noor, "--pain-after", "5", "--json"], {
      cwd: dir,
    });
    expect(accepted.stderr).toBe("");
    expect(JSON.parse(accepted.stdout)).toMatchObject({
      created: true,
      revision: null,
      log: { id: "log-noor-2", painAfter: 5 },
    });
  });
});
