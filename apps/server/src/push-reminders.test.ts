/**
 * Dana turns session-day reminders on in her browser, moves them to the morning, and turns them off; the server's
 * public key is there for her browser to subscribe with. Only her browser's https push service is accepted.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createScene } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { TEST_VAPID_KEYS } from "./testing/test-app.js";

let scene: Scene;
afterEach(async () => {
  await scene.close();
});

const phone = {
  endpoint: "https://push.example/dana-phone",
  keys: {
    p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
    auth: "tBHItJI5svbpez7KI4CCXg",
  },
  reminderTime: "18:30",
  timeZone: "Europe/Paris",
  language: "fr" as const,
};

describe("push reminder subscriptions", () => {
  it("serves the server's VAPID public key to anyone", async () => {
    scene = await createScene();
    expect(await scene.as.anonymous.expectOk("getPushPublicKey", {})).toEqual({
      publicKey: TEST_VAPID_KEYS.publicKey,
    });
  });

  it("Dana subscribes, subscribes again from the same phone (one row), moves the time, and turns it off", async () => {
    scene = await createScene();
    const first = await scene.as.person.expectOk("subscribePush", { body: phone });
    expect(first).toMatchObject({ endpoint: phone.endpoint, reminderTime: "18:30", language: "fr" });
    const again = await scene.as.person.expectOk("subscribePush", {
      body: { ...phone, reminderTime: "19:00" },
    });
    expect(again.subscriptionId).toBe(first.subscriptionId);
    expect(await scene.as.person.expectOk("listPushSubscriptions", {})).toMatchObject([
      { reminderTime: "19:00" },
    ]);
    const moved = await scene.as.person.expectOk("updatePushReminder", {
      params: { subscriptionId: first.subscriptionId },
      body: { reminderTime: "07:15", timeZone: "America/Montreal" },
    });
    expect(moved).toMatchObject({ reminderTime: "07:15", timeZone: "America/Montreal", language: "fr" });
    expect(await scene.as.otherPerson.expectOk("listPushSubscriptions", {})).toEqual([]);
    const off = await scene.as.person.call("unsubscribePush", {
      params: { subscriptionId: first.subscriptionId },
    });
    expect(off.status).toBe(204);
    expect(await scene.as.person.expectOk("listPushSubscriptions", {})).toEqual([]);
  });

  it("refuses a push service that is not https, an unknown time zone and a time that is not HH:MM", async () => {
    scene = await createScene();
    for (const [body, field] of [
      [{ ...phone, endpoint: "http://127.0.0.1:8080/internal" }, "endpoint"],
      [{ ...phone, endpoint: "file:///etc/passwd" }, "endpoint"],
      [{ ...phone, timeZone: "Mars/Olympus_Mons" }, "timeZone"],
    ] as const) {
      const answer = await scene.as.person.call("subscribePush", { body });
      expect(answer).toMatchObject({ status: 400, body: { error: { field } } });
    }
    const badTime = await scene.as.person.call("subscribePush", {
      body: { ...phone, reminderTime: "25:00" },
    });
    expect(badTime.status).toBe(400);
    expect(await scene.as.person.expectOk("listPushSubscriptions", {})).toEqual([]);
  });
});
