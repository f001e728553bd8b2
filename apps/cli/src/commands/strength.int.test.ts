/**
 * `hipcheck strength log` and `list`: Léa logs her side-lying hold at home and her physiotherapist's dynamometer
 * reading; the list shows both sides, the asymmetry and the honest change, in English and French; an absurd hold is
 * refused and stores nothing. Needs a real SQLite file.
 */
import { join } from "node:path";
import { createHipCheck } from "@hipcheck/application";
import { createArgon2PasswordHasher, cryptoSecrets, systemClock, uuidV7Ids } from "@hipcheck/server";
import { openStorage } from "@hipcheck/storage";
import { describe, expect, it } from "vitest";
import { hipcheck, tempDir } from "../../test/kit.js";

async function withLea(dir: string): Promise<void> {
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
      { email: "lea@example.org", password: "correct horse battery" },
    );
    if (!account.ok) throw new Error(account.error.message);
  } finally {
    await storage.close();
  }
}

const db = ["--data-dir", "data"];
const lea = ["--account", "lea@example.org", ...db];
const flat = (text: string): string => text.replace(/\s+/g, " ");

describe("hipcheck strength", () => {
  it("logs a baseline and a week-2 hold, and lists both sides with the asymmetry and an honest change", async () => {
    const dir = tempDir();
    await withLea(dir);
    for (const [date, left, right] of [
      ["2026-10-01", "40", "62"],
      ["2026-10-15", "80", "70"],
    ] as const) {
      const run = await hipcheck(
        [
          "strength",
          "log",
          ...lea,
          "--test",
          "abductor-endurance-hold",
          "--date",
          date,
          "--left",
          left,
          "--right",
          right,
        ],
        { cwd: dir },
      );
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
    }
    const dynamometer = await hipcheck(
      [
        "strength",
        "log",
        ...lea,
        "--test",
        "hip-abduction-dynamometer",
        "--date",
        "2026-10-15",
        "--left",
        "20",
        "--right",
        "18",
        "--unit",
        "kg",
        "--lever-arm",
        "0.45",
        "--body-mass",
        "60",
        "--device",
        "MicroFET2",
        "--placement",
        "side-lying, above the lateral knee",
      ],
      { cwd: dir },
    );
    expect(dynamometer.code).toBe(0);
    expect(
      (JSON.parse(dynamometer.stdout) as { check: { left: { forceN: number } } }).check.left.forceN,
    ).toBe(196.1);

    const english = flat((await hipcheck(["strength", "list", ...lea], { cwd: dir })).stdout);
    expect(english).toContain(
      "- 2026-10-01 Side-lying leg hold: left 40 s, right 62 s, sides differ by 35.5%",
    );
    expect(english).toContain("Hip abduction, handheld dynamometer: left 1.47 N·m/kg, right 1.32 N·m/kg");
    expect(english).toContain(
      "left 40 s → 80 s (+40 s): stronger; right 62 s → 70 s (+8 s): no change you can be sure of yet",
    );
    const french = flat((await hipcheck(["strength", "list", ...lea, "--lang", "fr"], { cwd: dir })).stdout);
    expect(french).toContain(
      "Maintien jambe tendue sur le côté : gauche 40 s, droite 62 s, écart entre les côtés 35,5 %",
    );
    expect(french).toContain("droite 62 s → 70 s (+8 s) : pas encore de changement certain");
  });

  it("refuses a 20-minute hold with the invalid-input exit code, and stores nothing", async () => {
    const dir = tempDir();
    await withLea(dir);
    const run = await hipcheck(
      [
        "strength",
        "log",
        ...lea,
        "--test",
        "side-bridge-hold",
        "--date",
        "2026-10-01",
        "--left",
        "1200",
        "--right",
        "60",
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(65);
    expect(run.stderr).toBe("hipcheck: left.holdSeconds: must be at most 600 (got 1200)\n");
    const listed = await hipcheck(["strength", "list", ...lea, "--json"], { cwd: dir });
    expect((JSON.parse(listed.stdout) as { checks: unknown[] }).checks).toEqual([]);
  });
});
