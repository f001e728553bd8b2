/**
 * Coach display names (decision 0330): Maya chooses the name her clients see, Dana sees it on "My coach" and Maya
 * sees Dana's on her roster; whoever has chosen none still appears by email.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createScene, EMAILS, PASSWORD } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { TestClient } from "./testing/test-app.js";

let scene: Scene;
afterEach(async () => {
  await scene.close();
});

describe("display names", () => {
  it("Maya's chosen name reaches Dana's list of coaches, Dana's reaches Maya's roster; cleared, the emails show", async () => {
    scene = await createScene();
    expect(await scene.as.person.expectOk("listCoaches", {})).toMatchObject([
      { coachEmail: EMAILS.coach, coachDisplayName: null },
    ]);
    const maya = await scene.as.coach.expectOk("setDisplayName", {
      body: { displayName: "  Maya Lefèvre, kiné " },
    });
    expect(maya).toMatchObject({ email: EMAILS.coach, displayName: "Maya Lefèvre, kiné" });
    expect(await scene.as.coach.expectOk("getAccount", {})).toMatchObject({
      displayName: "Maya Lefèvre, kiné",
    });
    expect(await scene.as.person.expectOk("listCoaches", {})).toMatchObject([
      { coachEmail: EMAILS.coach, coachDisplayName: "Maya Lefèvre, kiné" },
    ]);

    await scene.as.person.expectOk("setDisplayName", { body: { displayName: "Dana R." } });
    expect(await scene.as.coach.expectOk("listClients", {})).toMatchObject([
      { email: EMAILS.person, displayName: "Dana R." },
    ]);
    const preview = await scene.as.coach.expectOk("previewGroupAssignment", {
      params: { groupId: scene.ids.groupId },
    });
    expect(preview.members).toMatchObject([{ email: EMAILS.person, displayName: "Dana R." }]);

    await scene.as.coach.expectOk("setDisplayName", { body: { displayName: null } });
    expect(await scene.as.person.expectOk("listCoaches", {})).toMatchObject([{ coachDisplayName: null }]);
  });

  it("a name given at sign-up is kept; a blank, overlong or disguising one is refused at the edge, naming the field", async () => {
    scene = await createScene();
    const lea = new TestClient(scene.t.app);
    const created = await lea.expectOk("signUp", {
      body: { email: "lea@example.org", password: PASSWORD, displayName: "Léa" },
    });
    expect(created.displayName).toBe("Léa");
    for (const displayName of ["   ", "L".repeat(61), "Léa\u202eadmin", "Léa\nAdmin"]) {
      const refused = await scene.as.person.call("setDisplayName", { body: { displayName } });
      expect(refused).toMatchObject({
        status: 400,
        body: { error: { kind: "invalid-input", field: "displayName" } },
      });
      const signUp = await lea.call("signUp", {
        body: { email: "x@example.org", password: PASSWORD, displayName },
      });
      expect(signUp).toMatchObject({ status: 400, body: { error: { field: "displayName" } } });
    }
    expect(await scene.as.person.expectOk("getAccount", {})).toMatchObject({ displayName: null });
    expect((await scene.as.anonymous.call("setDisplayName", { body: { displayName: "Z" } })).status).toBe(
      401,
    );
  });
});
