/**
 * Every resource `GET /api/fhir` writes is known again by `POST /api/fhir` (decision 0710): Dana's record (her
 * check-in, pain and PSFS entries, a strength check, two scored movement screens and so their findings) imported
 * into her own account adds nothing; into a fresh account on another server it adds everything once, and a second
 * time nothing; that account's own export, brought back to either account, adds nothing either. Findings without
 * HipCheck's identifier, as another system may send them, still come in once, on their content.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createScene, PASSWORD, recordStrengthCheckAndScreen } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { createTestApp, TestClient } from "./testing/test-app.js";
import type { TestApp } from "./testing/test-app.js";

let scene: Scene;
let elsewhere: TestApp | undefined;
afterEach(async () => {
  await scene.close();
  await elsewhere?.close();
  elsewhere = undefined;
});

type Resource = {
  resourceType: string;
  identifier?: { system: string; value: string }[] | { system: string; value: string };
};
type Bundle = { resourceType: "Bundle"; type: string; entry: { resource: Resource }[] };

const FINDING_SYSTEM = "urn:hipcheck:movement-finding";

const isFinding = (resource: Resource) =>
  Array.isArray(resource.identifier) && resource.identifier.some((id) => id.system === FINDING_SYSTEM);

async function exportOf(client: TestClient, bundleType: "collection" | "transaction"): Promise<Bundle> {
  const exported = await client.call("exportFhir", { query: { bundleType } });
  expect(exported.status).toBe(200);
  return JSON.parse(String(exported.body)) as Bundle;
}

async function importInto(client: TestClient, bundle: Bundle) {
  const answer = await client.call("importFhir", { body: bundle });
  expect(answer.status).toBe(200);
  return answer.body as { counts: Record<string, number>; skipped: { type: string; reason: string }[] };
}

const NOTHING = { checkIns: 0, painEntries: 0, psfsEntries: 0, strengthChecks: 0, movementFindings: 0 };

/** Everything an import can add to an account, each row with its id, in a stable order. */
async function storedRecord(app: TestApp, accountId: string) {
  const { checkIns, outcomes, strengthChecks, movementScreens, importedMovementFindings } =
    app.storage.repositories;
  const byId = <R extends { id: string }>(rows: readonly R[]) =>
    [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    checkIns: byId(await checkIns.listFor(accountId)),
    pain: byId(await outcomes.listPain(accountId)),
    psfs: byId(await outcomes.listPsfs(accountId)),
    strength: byId(await strengthChecks.listFor(accountId)),
    screens: byId(await movementScreens.listFor(accountId)).map((screen) => screen.id),
    importedFindings: byId(await importedMovementFindings.listFor(accountId)),
  };
}

async function freshAccount(app: TestApp, email: string): Promise<{ client: TestClient; id: string }> {
  const client = new TestClient(app.app);
  await client.expectOk("signUp", { body: { email, password: PASSWORD } });
  const signedIn = await client.expectOk("signIn", { body: { email, password: PASSWORD } });
  if (!("account" in signedIn)) throw new Error("no two-step sign-in was set up");
  return { client, id: signedIn.account.accountId };
}

describe("a person's own FHIR record imported again adds nothing (decision 0710)", () => {
  it("is known resource by resource: in her own account, in a fresh one, and back from there", async () => {
    scene = await createScene();
    // A strength check and a second scored screen, beside the screen, entries and check-in of Dana's scene.
    await recordStrengthCheckAndScreen(scene.as.person);
    const dana = scene.as.person;
    const bundle = await exportOf(dana, "collection");
    const resources = bundle.entry.map((entry) => entry.resource);
    const findingCount = resources.filter(isFinding).length;
    expect(findingCount).toBeGreaterThanOrEqual(2);
    const before = await storedRecord(scene.t, scene.ids.person);
    expect(before.screens).toHaveLength(2);
    expect(before.importedFindings).toEqual([]);

    // Into her own account, as a collection and as a transaction: nothing is added, not even her screens' findings.
    expect((await importInto(dana, bundle)).counts).toEqual(NOTHING);
    expect((await importInto(dana, await exportOf(dana, "transaction"))).counts).toEqual(NOTHING);
    expect(await storedRecord(scene.t, scene.ids.person)).toEqual(before);

    // Into a fresh account elsewhere: everything once, each entry under the id it was stored with.
    elsewhere = await createTestApp();
    const there = await freshAccount(elsewhere, "dana@other.example");
    const first = await importInto(there.client, bundle);
    expect(first.counts).toEqual({
      checkIns: 1,
      painEntries: before.pain.length,
      psfsEntries: before.psfs.length,
      strengthChecks: 1,
      movementFindings: findingCount,
    });
    // What is not stored is recomputed from the answers, never left unread.
    expect(first.skipped.every((resource) => resource.reason === "recomputed")).toBe(true);
    const thereAfterFirst = await storedRecord(elsewhere, there.id);
    const latest = await scene.t.storage.repositories.checkIns.latestFor(scene.ids.person);
    expect(thereAfterFirst.checkIns.map((checkIn) => checkIn.id)).toEqual([latest?.id]);
    expect(thereAfterFirst.importedFindings).toHaveLength(findingCount);
    expect((await importInto(there.client, bundle)).counts).toEqual(NOTHING);
    expect(await storedRecord(elsewhere, there.id)).toEqual(thereAfterFirst);

    // The record as the other server writes it names every finding as Dana's server did, so it comes back to both
    // accounts without adding anything.
    const fromThere = await exportOf(there.client, "collection");
    const identifiersOf = (resources: Resource[]) =>
      resources.filter(isFinding).map((resource) => JSON.stringify(resource.identifier));
    expect(identifiersOf(fromThere.entry.map((entry) => entry.resource)).sort()).toEqual(
      identifiersOf(resources).sort(),
    );
    expect((await importInto(there.client, fromThere)).counts).toEqual(NOTHING);
    expect((await importInto(dana, fromThere)).counts).toEqual(NOTHING);
    expect(await storedRecord(scene.t, scene.ids.person)).toEqual(before);
    expect(await storedRecord(elsewhere, there.id)).toEqual(thereAfterFirst);
  }, 120_000);

  it("still takes findings that carry no HipCheck identifier once, on their content", async () => {
    scene = await createScene();
    await recordStrengthCheckAndScreen(scene.as.person);
    const bundle = await exportOf(scene.as.person, "collection");
    const foreign: Bundle = {
      ...bundle,
      entry: bundle.entry.map(({ resource }) => {
        if (!isFinding(resource)) return { resource };
        const stripped = { ...resource };
        delete stripped.identifier;
        return { resource: stripped };
      }),
    };
    const findingCount = bundle.entry.filter((entry) => isFinding(entry.resource)).length;
    elsewhere = await createTestApp();
    const there = await freshAccount(elsewhere, "dana@other.example");
    expect((await importInto(there.client, foreign)).counts.movementFindings).toBe(findingCount);
    expect((await importInto(there.client, foreign)).counts).toEqual(NOTHING);
    // The same findings with their identifiers are the ones already stored, on their content.
    expect((await importInto(there.client, bundle)).counts).toEqual(NOTHING);
    expect((await storedRecord(elsewhere, there.id)).importedFindings).toHaveLength(findingCount);
  }, 120_000);
});
