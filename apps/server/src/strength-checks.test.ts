/**
 * Dana records her side-lying hold at home and Maya, her physiotherapist, a dynamometer reading in the clinic: each
 * is stored once whatever the retries, and an absurd value gets a clear error and stores nothing.
 */
import { EXPORT_PAGE_ROWS } from "@hipcheck/application";
import { toCsvStrengthChecks } from "@hipcheck/interop";
import { afterEach, describe, expect, it } from "vitest";
import { createScene } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { TODAY } from "./testing/test-app.js";

let scene: Scene;
afterEach(async () => {
  await scene.close();
});

const hold = (date: string, leftSeconds: number, rightSeconds: number) => ({
  test: "abductor-endurance-hold" as const,
  date,
  firstSide: "left" as const,
  left: { holdSeconds: leftSeconds, timedBy: "stopwatch" as const, stopReason: "leg-dropped" as const },
  right: { holdSeconds: rightSeconds, timedBy: "stopwatch" as const, stopReason: "leg-dropped" as const },
});

describe("strength checks over HTTP", () => {
  it("stores a check once under the phone's id, lists them by date, and refuses another check under that id", async () => {
    scene = await createScene();
    await scene.as.person.expectOk("recordStrengthCheck", { body: { check: hold("2026-10-25", 40, 62) } });
    const body = { id: "phone-hold-1", check: hold(TODAY, 80, 70) };
    const first = await scene.as.person.call("recordStrengthCheck", { body });
    const again = await scene.as.person.call("recordStrengthCheck", { body });
    expect(first.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const listed = await scene.as.person.expectOk("listStrengthChecks", { query: {} });
    expect(listed.checks.map((entry) => entry.check.date)).toEqual(["2026-10-25", TODAY]);
    // The program starts today, so today's check is compared with the latest one before it.
    expect(listed.comparisons).toHaveLength(0);
    const changed = await scene.as.person.call("recordStrengthCheck", {
      body: { ...body, check: hold(TODAY, 81, 70) },
    });
    expect(changed).toMatchObject({ status: 409, body: { error: { kind: "conflict", field: "id" } } });
  });

  it("refuses a 20-minute hold, 3,000 N, a lever arm no leg has, a missing side and a day to come, storing nothing", async () => {
    scene = await createScene();
    const dynamometer = {
      test: "hip-abduction-dynamometer",
      date: TODAY,
      firstSide: "left",
      left: { forceN: 180 },
      right: { forceN: 170 },
      leverArmM: 0.45,
      bodyMassKg: 62,
      device: "MicroFET2",
      placement: "side-lying, above the lateral knee",
    };
    // Sent as JSON, an undefined side is no side at all.
    const oneSide = { ...hold(TODAY, 40, 40), right: undefined };
    const refused = [
      [
        { ...hold(TODAY, 40, 40), right: { holdSeconds: 1200, timedBy: "stopwatch" } },
        "check.right.holdSeconds",
      ],
      [{ ...dynamometer, left: { forceN: 3000 } }, "check.left.forceN"],
      [{ ...dynamometer, leverArmM: 3 }, "check.leverArmM"],
      [oneSide, "check.right"],
      [hold("2026-12-25", 40, 40), "check.date"],
    ] as const;
    for (const [check, field] of refused) {
      const answer = await scene.as.person.call("recordStrengthCheck", { body: { check } as never });
      expect(answer).toMatchObject({ status: 400, body: { error: { kind: "invalid-input", field } } });
    }
    expect((await scene.as.person.expectOk("listStrengthChecks", { query: {} })).checks).toEqual([]);
  });

  it("refuses a queued check that does not say which side went first, each time it is sent, and stores nothing", async () => {
    scene = await createScene();
    // As a device queued it before the side order was asked: the rest of the check is whole.
    const withoutOrder: Record<string, unknown> = { ...hold(TODAY, 52, 47) };
    delete withoutOrder.firstSide;
    const body = { id: "old-phone-hold", check: withoutOrder };
    for (const attempt of [1, 2]) {
      const answer = await scene.as.person.call("recordStrengthCheck", { body: body as never });
      expect({ attempt, answer }).toMatchObject({
        attempt,
        answer: { status: 400, body: { error: { kind: "invalid-input", field: "check.firstSide" } } },
      });
      expect(JSON.stringify(answer.body)).toContain(
        "the side tested first is missing, so the check was not saved",
      );
    }
    expect((await scene.as.person.expectOk("listStrengthChecks", { query: {} })).checks).toEqual([]);
    // Sent again with the side tested first, the same id is free: nothing of the refused attempt stands in its way.
    await scene.as.person.expectOk("recordStrengthCheck", {
      body: { id: "old-phone-hold", check: hold(TODAY, 52, 47) },
    });
  });

  it("lets Dana's coach record a clinic reading for her, and shows it in the coach's list of clients", async () => {
    scene = await createScene();
    const reading = {
      test: "hip-abduction-dynamometer" as const,
      date: TODAY,
      firstSide: "right" as const,
      left: { forceN: 200 },
      right: { forceN: 160 },
      leverArmM: 0.45,
      bodyMassKg: 60,
      device: "MicroFET2",
      placement: "side-lying, above the lateral knee",
    };
    await scene.as.coach.expectOk("recordStrengthCheck", {
      body: { personId: scene.ids.person, check: reading },
    });
    const danas = await scene.as.person.expectOk("listStrengthChecks", { query: {} });
    expect(danas.checks.map((entry) => entry.check.test)).toEqual(["hip-abduction-dynamometer"]);
    const clients = await scene.as.coach.expectOk("listClients", {});
    expect(clients.find((client) => client.clientId === scene.ids.person)?.strength).toBeNull();
  });
});

describe("the strength spreadsheet", () => {
  it("is written a keyset page at a time, byte for byte the file of the whole list (decision 0625)", async () => {
    scene = await createScene();
    const { repositories } = scene.t.storage;
    const count = EXPORT_PAGE_ROWS * 2 + 5;
    // Several checks a day, recorded out of date order, and ties on the instant broken by id.
    for (let n = 0; n < count; n += 1) {
      await repositories.strengthChecks.insert({
        id: `hold-${String(n).padStart(4, "0")}`,
        accountId: scene.ids.person,
        createdAt: new Date(Date.UTC(2026, 9, 1) + Math.floor(n / 2) * 1_000).toISOString(),
        entry: {
          ...hold(new Date(Date.UTC(2026, 9, 1) - (n % 97) * 86_400_000).toISOString().slice(0, 10), 40, 60),
          ...(n % 3 === 0 ? { timeOfDay: "07:30" } : {}),
        },
      });
    }
    const stored = await repositories.strengthChecks.listFor(scene.ids.person);
    expect(stored).toHaveLength(count);
    const own = await scene.as.person.call("exportStrengthCsv", { query: { lang: "fr" } });
    expect(own.status).toBe(200);
    expect(own.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(own.headers["content-disposition"]).toMatch(/^attachment; filename="hipcheck-strength\.csv"/);
    expect(own.body).toBe(
      toCsvStrengthChecks(
        stored.map((record) => record.entry),
        "fr",
      ),
    );
    // A header, two rows (one per side) a check, and the last line's break.
    expect(String(own.body).split("\r\n")).toHaveLength(1 + 2 * count + 1);
    const query = { personId: scene.ids.person };
    expect((await scene.as.coach.call("exportStrengthCsv", { query })).body).toBe(
      toCsvStrengthChecks(
        stored.map((record) => record.entry),
        "en",
      ),
    );
    expect(await scene.as.otherPerson.call("exportStrengthCsv", { query })).toMatchObject({
      status: 404,
      body: { error: { kind: "not-found" } },
    });
  });
});
