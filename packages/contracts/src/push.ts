import { LANGUAGES } from "@hipcheck/core";
import { z } from "zod";
import { EmptySchema } from "./accounts.js";
import { IdSchema, InstantSchema } from "./ids.js";
import type { RouteDefinition } from "./route-definition.js";

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

const ReminderTimeSchema = z
  .string()
  .regex(TIME_OF_DAY, "a time of day, HH:MM")
  .describe("Local time of day of the reminder, HH:MM");
const TimeZoneSchema = z.string().min(1).max(64).describe("IANA time zone of the browser, e.g. Europe/Paris");

export const PushPublicKeySchema = z.object({
  publicKey: z.string().describe("The server's VAPID public key (base64url), for PushManager.subscribe"),
});

/** What `PushSubscription.toJSON()` gives, with when and in which language to remind. */
export const SubscribePushBodySchema = z
  .object({
    endpoint: z.string().min(1).max(2048).describe("The push service's https URL for this browser"),
    keys: z.object({ p256dh: z.string().min(1).max(200), auth: z.string().min(1).max(100) }).strict(),
    reminderTime: ReminderTimeSchema,
    timeZone: TimeZoneSchema,
    language: z.enum(LANGUAGES),
  })
  .strict();

export const UpdatePushReminderBodySchema = z
  .object({
    reminderTime: ReminderTimeSchema,
    timeZone: TimeZoneSchema.optional(),
    language: z.enum(LANGUAGES).optional(),
  })
  .strict();

export const PushSubscriptionIdParamsSchema = z.object({ subscriptionId: IdSchema }).strict();

export const PushSubscriptionViewSchema = z.object({
  subscriptionId: IdSchema,
  endpoint: z.string(),
  reminderTime: z.string(),
  timeZone: z.string(),
  language: z.enum(LANGUAGES),
  createdAt: InstantSchema,
});

/** Session-day reminders by web push, off until the person turns them on in a browser. */
export const pushRoutes = {
  getPushPublicKey: {
    method: "GET",
    path: "/api/push/public-key",
    tag: "reminders",
    summary: "The server's VAPID public key for web push; 404 when push reminders are not set up",
    access: "public",
    successStatus: 200,
    response: PushPublicKeySchema,
  },
  subscribePush: {
    method: "POST",
    path: "/api/push/subscriptions",
    tag: "reminders",
    summary:
      "Turn on session-day reminders in this browser (the same browser again replaces its subscription)",
    access: "signed-in",
    successStatus: 201,
    body: SubscribePushBodySchema,
    response: PushSubscriptionViewSchema,
  },
  listPushSubscriptions: {
    method: "GET",
    path: "/api/push/subscriptions",
    tag: "reminders",
    summary: "Your browsers with reminders on",
    access: "signed-in",
    successStatus: 200,
    response: z.array(PushSubscriptionViewSchema),
  },
  updatePushReminder: {
    method: "PATCH",
    path: "/api/push/subscriptions/:subscriptionId",
    tag: "reminders",
    summary: "Change the reminder's time (and time zone or language) for one of your browsers",
    access: "signed-in",
    successStatus: 200,
    params: PushSubscriptionIdParamsSchema,
    body: UpdatePushReminderBodySchema,
    response: PushSubscriptionViewSchema,
  },
  unsubscribePush: {
    method: "DELETE",
    path: "/api/push/subscriptions/:subscriptionId",
    tag: "reminders",
    summary: "Turn reminders off for one of your browsers",
    access: "signed-in",
    successStatus: 204,
    params: PushSubscriptionIdParamsSchema,
    response: EmptySchema,
  },
} as const satisfies Record<string, RouteDefinition>;
