import type { PushSubscriptionRecord } from "@hipcheck/application";
import { describe, expect, it } from "vitest";
import { describeOnBothDialects } from "./testing/test-databases.js";
import { at, dana, leo } from "./testing/records.js";

const subscription = (id: string, accountId: string, endpoint: string): PushSubscriptionRecord => ({
  id,
  accountId,
  endpoint,
  keys: { p256dh: `p256dh-${id}`, auth: `auth-${id}` },
  reminderTime: "18:30",
  timeZone: "Europe/Paris",
  language: "fr",
  createdAt: at(Number(id.slice(1))),
  lastSentOn: null,
});

describeOnBothDialects("push subscription repository", (openFresh) => {
  async function withDanaAndLeo() {
    const storage = await openFresh();
    await storage.repositories.accounts.insert(dana);
    await storage.repositories.accounts.insert(leo);
    return storage;
  }

  describe("Dana turns on reminders on her phone and her laptop", () => {
    it("lists a person's subscriptions oldest first, and every subscription for the scheduler", async () => {
      const { repositories } = await withDanaAndLeo();
      await repositories.pushSubscriptions.upsert(subscription("s2", "dana", "https://push.example/laptop"));
      await repositories.pushSubscriptions.upsert(subscription("s1", "dana", "https://push.example/phone"));
      await repositories.pushSubscriptions.upsert(subscription("s3", "leo", "https://push.example/leo"));
      expect((await repositories.pushSubscriptions.listFor("dana")).map((s) => s.id)).toEqual(["s1", "s2"]);
      expect(await repositories.pushSubscriptions.findById("s3")).toEqual(
        subscription("s3", "leo", "https://push.example/leo"),
      );
      expect((await repositories.pushSubscriptions.listAll()).map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
    });

    it("the same browser subscribing again replaces its row (new keys and time), keeping its id", async () => {
      const { repositories } = await withDanaAndLeo();
      await repositories.pushSubscriptions.upsert(subscription("s1", "dana", "https://push.example/phone"));
      await repositories.pushSubscriptions.upsert({
        ...subscription("s9", "dana", "https://push.example/phone"),
        keys: { p256dh: "new-key", auth: "new-auth" },
        reminderTime: "07:15",
      });
      const [only, ...rest] = await repositories.pushSubscriptions.listFor("dana");
      expect(rest).toEqual([]);
      expect(only).toMatchObject({
        id: "s1",
        keys: { p256dh: "new-key", auth: "new-auth" },
        reminderTime: "07:15",
      });
    });

    it("changes the reminder time, records the day sent, and deletes", async () => {
      const { repositories } = await withDanaAndLeo();
      await repositories.pushSubscriptions.upsert(subscription("s1", "dana", "https://push.example/phone"));
      await repositories.pushSubscriptions.updateReminder("s1", {
        reminderTime: "06:45",
        timeZone: "America/Montreal",
        language: "en",
      });
      await repositories.pushSubscriptions.markSent("s1", "2026-12-03");
      expect(await repositories.pushSubscriptions.findById("s1")).toMatchObject({
        reminderTime: "06:45",
        timeZone: "America/Montreal",
        language: "en",
        lastSentOn: "2026-12-03",
      });
      await repositories.pushSubscriptions.delete("s1");
      expect(await repositories.pushSubscriptions.findById("s1")).toBeUndefined();
    });

    it("a deleted account takes its subscriptions with it", async () => {
      const { repositories } = await withDanaAndLeo();
      await repositories.pushSubscriptions.upsert(subscription("s1", "dana", "https://push.example/phone"));
      await repositories.accounts.delete("dana");
      expect(await repositories.pushSubscriptions.listAll()).toEqual([]);
    });
  });
});
