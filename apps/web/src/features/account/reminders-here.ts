/**
 * The reminders of this browser (decision 0743). Turning them off and signing out both end them here: the server
 * forgets the account's subscription for this browser, and the browser drops the subscription itself, so that a
 * phone handed to someone else, or signed in to another account, no longer receives the first person's reminders.
 */
import type { ApiCall } from "../../api/api-client.js";

/** What is needed of the browser's push subscription. */
export type SubscriptionHere = Pick<PushSubscription, "endpoint" | "unsubscribe">;

/** This browser's push subscription, or null where there is none (or no push at all). */
export async function subscriptionHere(): Promise<PushSubscription | null> {
  if (!("serviceWorker" in navigator) || !("PushManager" in window)) return null;
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/**
 * Ends the signed-in account's reminders in this browser: its row on the server (found by the subscription's
 * endpoint, or given), then the subscription. The browser's own unsubscribe alone stops them; the server's row
 * goes too, so that nothing is sent to an endpoint that no longer exists.
 */
export async function stopRemindersHere(
  call: ApiCall,
  subscription: SubscriptionHere | null,
  subscriptionId?: string,
): Promise<void> {
  if (subscription === null && subscriptionId === undefined) return;
  let id = subscriptionId;
  if (id === undefined && subscription !== null) {
    const mine = await call("listPushSubscriptions", {});
    id = mine.ok
      ? mine.value.find((entry) => entry.endpoint === subscription.endpoint)?.subscriptionId
      : undefined;
  }
  if (id !== undefined) await call("unsubscribePush", { params: { subscriptionId: id } });
  await subscription?.unsubscribe();
}
