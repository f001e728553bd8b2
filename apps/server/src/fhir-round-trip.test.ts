/**
 * A person's own FHIR record goes back in (decision 0672): the file `GET /api/fhir` writes for a long history,
 * more entries than the 20,000 the import used to take, is sent as written to `POST /api/fhir`, into a fresh
 * account and into the same one, and a second import adds nothing. The file's size, not an entry count, is the
 * bound: a file past the route's body limit is refused as too large.
 */
import { IMPORT_BODY_LIMIT_BYTES, CSRF_HEADER, CSRF_HEADER_VALUE, SESSION_COOKIE } from "@hipcheck/contracts";
import { FHIR_FILE_BYTES_MAX } from "@hipcheck/interop";
import { afterEach, describe, expect, it } from "vitest";
import { createScene, PASSWORD, recordStrengthCheckAndScreen } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { createTestApp, TestClient, TODAY } from "./testing/test-app.js";
import type { TestApp } from "./testing/test-app.js";

let scene: Scene;
let elsewhere: TestApp | undefined;
afterEach(async () => {
  await scene.close();
  await elsewhere?.close();
  elsewhere = undefined;
});

/** More pain entries than the import's old cap of 20,000, forty a day (under the 50 a day an account keeps). */
const PAIN_COUNT = 20_050;
const PSFS_COUNT = 120;

/** Ten years back at most: every day is before the scene's today, so none is refused as a future date. */
function dayBefore(days: number): string {
  return new Date(Date.parse(`${TODAY}T00:00:00.000Z`) - (days + 1) * 86_400_000).toISOString().slice(0, 10);
}

/** Dana's long history, written straight into her storage; her strength check and a scored screen through the API. */
async function storeDanasLongHistory(): Promise<void> {
  const createdAt = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 1_000).toISOString();
  await scene.t.storage.repositories.transaction(async (tx) => {
    for (let n = 0; n < PAIN_COUNT; n += 1) {
      await tx.outcomes.insertPain({
        id: `pain-${String(n)}`,
        accountId: scene.ids.person,
        createdAt: createdAt(n),
        entry: { date: dayBefore(Math.floor(n / 40)), painNow: n % 6, painUsual: 3, painWorst: 5 },
      });
    }
    for (let n = 0; n < PSFS_COUNT; n += 1) {
      await tx.outcomes.insertPsfs({
        id: `psfs-${String(n)}`,
        accountId: scene.ids.person,
        createdAt: createdAt(n),
        entry: { date: dayBefore(n * 3 + 1), items: [{ activity: "Going down stairs", score: n % 11 }] },
      });
    }
  });
  await recordStrengthCheckAndScreen(scene.as.person);
}

/** The file sent as it was downloaded, byte for byte, as a browser uploads a file it was given. */
async function importFile(app: TestApp, client: TestClient, text: string) {
  const response = await app.app.inject({
    method: "POST",
    url: "/api/fhir",
    headers: {
      "content-type": "application/json",
      [CSRF_HEADER]: CSRF_HEADER_VALUE,
      cookie: `${SESSION_COOKIE}=${client.cookieValue ?? ""}`,
    },
    payload: text,
  });
  return { status: response.statusCode, body: response.json<unknown>() };
}

/** Every stored pain and PSFS entry of the account, each with its id, in id order. */
async function storedEntries(app: TestApp, accountId: string) {
  const { outcomes } = app.storage.repositories;
  // By id: an imported entry is listed by its day, then the instant it was imported, not the one it was first made.
  const strip = <E>(records: readonly { id: string; entry: E }[]) =>
    records.map(({ id, entry }) => ({ id, entry })).sort((a, b) => a.id.localeCompare(b.id));
  return {
    pain: strip(await outcomes.listPain(accountId)),
    psfs: strip(await outcomes.listPsfs(accountId)),
  };
}

describe("a person's own long FHIR record imports again (decision 0672)", () => {
  it("goes into a fresh account whole, and adds nothing there or in her own account a second time", async () => {
    scene = await createScene();
    await storeDanasLongHistory();
    const exported = await scene.as.person.call("exportFhir", { query: {} });
    expect(exported.status).toBe(200);
    const text = String(exported.body);
    const bundle = JSON.parse(text) as { entry: { resource: { resourceType: string } }[] };
    expect(bundle.entry.length).toBeGreaterThan(20_000);
    // The file as written is within the import's size limit, which is what bounds an import now.
    expect(Buffer.byteLength(text)).toBeLessThan(IMPORT_BODY_LIMIT_BYTES);
    const danas = await storedEntries(scene.t, scene.ids.person);
    expect(danas.pain.length).toBeGreaterThan(PAIN_COUNT);

    elsewhere = await createTestApp();
    const there = new TestClient(elsewhere.app);
    await there.expectOk("signUp", { body: { email: "dana@other.example", password: PASSWORD } });
    const signedIn = await there.expectOk("signIn", {
      body: { email: "dana@other.example", password: PASSWORD },
    });
    const first = await importFile(elsewhere, there, text);
    expect(first).toMatchObject({
      status: 200,
      body: {
        counts: {
          checkIns: 1,
          painEntries: danas.pain.length,
          psfsEntries: danas.psfs.length,
          strengthChecks: 1,
          movementFindings: expect.any(Number),
        },
      },
    });
    // Every entry under the id it was stored with, with the same values.
    if (!("account" in signedIn)) throw new Error("no two-step sign-in was set up");
    const thereId = signedIn.account.accountId;
    expect(await storedEntries(elsewhere, thereId)).toEqual(danas);

    const again = await importFile(elsewhere, there, text);
    expect(again).toMatchObject({
      status: 200,
      body: {
        counts: { checkIns: 0, painEntries: 0, psfsEntries: 0, strengthChecks: 0, movementFindings: 0 },
      },
    });
    expect(await storedEntries(elsewhere, thereId)).toEqual(danas);

    // Her screen's findings too are named after the screen (decision 0710): nothing of hers is stored twice.
    const home = await importFile(scene.t, scene.as.person, text);
    expect(home).toMatchObject({
      status: 200,
      body: {
        counts: { checkIns: 0, painEntries: 0, psfsEntries: 0, strengthChecks: 0, movementFindings: 0 },
      },
    });
    expect(await storedEntries(scene.t, scene.ids.person)).toEqual(danas);
  }, 300_000);

  it("is bounded by the file's size: the reader's limit is the route's, and a larger file is refused at once", async () => {
    scene = await createScene();
    expect(FHIR_FILE_BYTES_MAX).toBe(IMPORT_BODY_LIMIT_BYTES);
    const padding = " ".repeat(IMPORT_BODY_LIMIT_BYTES);
    const tooLarge = await importFile(scene.t, scene.as.person, `{"resourceType":"Bundle"${padding}}`);
    expect(tooLarge.status).toBe(413);
    expect(await storedEntries(scene.t, scene.ids.person)).toMatchObject({ pain: [expect.anything()] });
  });
});
