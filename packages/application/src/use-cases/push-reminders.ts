/**
 * Web push reminders, off until the person turns them on in a browser. Each browser's subscription belongs to the
 * account that made it, and only that account lists, changes or removes it; anyone else is told it does not exist.
 * The reminder is sent on the person's session days at the local time they chose (the server's scheduler,
 * docs/decisions/0320-web-push-reminders.md).
 */
import { err, ok, type HipError, type Lang, type Result } from "@hipcheck/core";
import type { IsoInstant, ListPage, PushSubscriptionRecord, Repositories } from "../ports.js";
import type { PageInput } from "./tracking.js";
import { quotaProblemHeld, quotasOf } from "../account-quotas.js";
import type { HipCheckDeps, UseCase } from "../use-case.js";
import { invalid, notFound, requireAccount } from "./access.js";

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Push services' URLs are a few hundred characters; a cap keeps a stored row small. */
const ENDPOINT_MAX_LENGTH = 2048;

/** A time zone the runtime knows (IANA name). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone.length > 0;
  } catch {
    return false;
  }
}

function checkReminder(input: { reminderTime: string; timeZone: string }): HipError | undefined {
  if (!TIME_OF_DAY.test(input.reminderTime)) return invalid("A time of day, HH:MM.", "reminderTime");
  if (!isKnownTimeZone(input.timeZone)) return invalid("An IANA time zone, e.g. Europe/Paris.", "timeZone");
  return undefined;
}

function checkEndpoint(endpoint: string): HipError | undefined {
  // Only a push service reached over HTTPS: the server posts to this address.
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return invalid("The push subscription's endpoint must be an https URL.", "endpoint");
  }
  if (url.protocol !== "https:" || endpoint.length > ENDPOINT_MAX_LENGTH) {
    return invalid("The push subscription's endpoint must be an https URL.", "endpoint");
  }
  return undefined;
}

function view(record: PushSubscriptionRecord): PushSubscriptionView {
  return {
    subscriptionId: record.id,
    endpoint: record.endpoint,
    reminderTime: record.reminderTime,
    timeZone: record.timeZone,
    language: record.language,
    createdAt: record.createdAt,
  };
}

async function ownSubscription(
  repositories: Repositories,
  accountId: string,
  subscriptionId: string,
): Promise<Result<PushSubscriptionRecord, HipError>> {
  const record = await repositories.pushSubscriptions.findById(subscriptionId);
  return record === undefined || record.accountId !== accountId
    ? err(notFound("push subscription"))
    : ok(record);
}

export function pushReminderUseCases(deps: HipCheckDeps) {
  const { repositories, clock, ids, pushPublicKey } = deps;
  const quotas = quotasOf(deps);
  return {
    getPushPublicKey: () =>
      Promise.resolve(
        pushPublicKey === undefined
          ? err({ kind: "not-found", message: "Push reminders are not set up on this server." } as const)
          : ok({ publicKey: pushPublicKey }),
      ),
    subscribePush: async (actor, input) => {
      const account = requireAccount(actor);
      if (!account.ok) return account;
      const problem = checkEndpoint(input.endpoint) ?? checkReminder(input);
      if (problem !== undefined) return err(problem);
      const record: PushSubscriptionRecord = {
        id: ids.newId(),
        accountId: account.value.accountId,
        endpoint: input.endpoint,
        keys: { p256dh: input.keys.p256dh, auth: input.keys.auth },
        reminderTime: input.reminderTime,
        timeZone: input.timeZone,
        language: input.language,
        createdAt: clock.now(),
        lastSentOn: null,
      };
      // A browser subscribing again keeps its place; a new one takes one of the account's few (decision 0620).
      const full = await repositories.transaction(async (tx) => {
        const known = (await tx.pushSubscriptions.listFor(record.accountId)).some(
          (candidate) => candidate.endpoint === record.endpoint,
        );
        const problem = known
          ? undefined
          : await quotaProblemHeld(tx.usage, quotas, record.accountId, {
              rows: 0,
              capped: { kind: "push-subscription", now: record.createdAt },
            });
        if (problem === undefined) await tx.pushSubscriptions.upsert(record);
        return problem;
      });
      if (full !== undefined) return err(full);
      // The same browser subscribing again keeps its row (and id): read back what is stored.
      const stored = (await repositories.pushSubscriptions.listFor(record.accountId)).find(
        (candidate) => candidate.endpoint === record.endpoint,
      );
      return ok(view(stored ?? record));
    },
    listPushSubscriptions: async (actor) => {
      const account = requireAccount(actor);
      if (!account.ok) return account;
      return ok((await repositories.pushSubscriptions.listFor(account.value.accountId)).map(view));
    },
    pagePushSubscriptions: async (actor, input) => {
      const account = requireAccount(actor);
      if (!account.ok) return account;
      const page = await repositories.pushSubscriptions.pageFor(account.value.accountId, input.page);
      return ok({ items: page.items.map(view), next: page.next });
    },
    updatePushReminder: async (actor, input) => {
      const account = requireAccount(actor);
      if (!account.ok) return account;
      const current = await ownSubscription(repositories, account.value.accountId, input.subscriptionId);
      if (!current.ok) return current;
      const change = {
        reminderTime: input.reminderTime,
        timeZone: input.timeZone ?? current.value.timeZone,
        language: input.language ?? current.value.language,
      };
      const problem = checkReminder(change);
      if (problem !== undefined) return err(problem);
      await repositories.pushSubscriptions.updateReminder(current.value.id, change);
      return ok(view({ ...current.value, ...change }));
    },
    unsubscribePush: async (actor, input) => {
      const account = requireAccount(actor);
      if (!account.ok) return account;
      const current = await ownSubscription(repositories, account.value.accountId, input.subscriptionId);
      if (!current.ok) return current;
      await repositories.pushSubscriptions.delete(current.value.id);
      return ok(null);
    },
  } satisfies PushReminderUseCases;
}

export type SubscribePushInput = {
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
  /** Local time of day, `HH:MM`. */
  readonly reminderTime: string;
  /** IANA time zone of the browser. */
  readonly timeZone: string;
  readonly language: Lang;
};

export type UpdatePushReminderInput = {
  readonly subscriptionId: string;
  readonly reminderTime: string;
  readonly timeZone?: string;
  readonly language?: Lang;
};

export type PushSubscriptionIdInput = { readonly subscriptionId: string };

export type PushSubscriptionView = {
  readonly subscriptionId: string;
  readonly endpoint: string;
  readonly reminderTime: string;
  readonly timeZone: string;
  readonly language: Lang;
  readonly createdAt: IsoInstant;
};

export type PushReminderUseCases = {
  /** The server's VAPID public key, for the browser's subscription; not-found when push is not set up. */
  readonly getPushPublicKey: UseCase<unknown, { readonly publicKey: string }>;
  /** This browser, for the signed-in account; the same endpoint again replaces its keys and time. */
  readonly subscribePush: UseCase<SubscribePushInput, PushSubscriptionView>;
  readonly listPushSubscriptions: UseCase<unknown, readonly PushSubscriptionView[]>;
  /** The same list a page at a time, cut in SQL (decision 0621). */
  readonly pagePushSubscriptions: UseCase<PageInput, ListPage<PushSubscriptionView>>;
  readonly updatePushReminder: UseCase<UpdatePushReminderInput, PushSubscriptionView>;
  readonly unsubscribePush: UseCase<PushSubscriptionIdInput, null>;
};
