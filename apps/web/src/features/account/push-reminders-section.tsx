import { useState } from "react";
import { ok } from "@hipcheck/core";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ApiCall } from "../../api/api-client.js";
import { useResource } from "../../api/use-resource.js";
import { useAppContext } from "../../app/app-context.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { stopRemindersHere, subscriptionHere } from "./reminders-here.js";

const DEFAULT_TIME = "18:00";
/** A browser whose push service cannot be reached waits forever: past this, the page says it did not work. */
const SUBSCRIBE_TIMEOUT_MS = 15_000;

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error("the push service did not answer"));
    }, ms);
    work.then(resolve, reject).finally(() => {
      clearTimeout(timer);
    });
  });
}

/**
 * Why reminders cannot be on here, or their state in this browser. `unsupported`: no Push API (Safari on iOS
 * offers it only to an app added to the home screen); `not-configured`: the server has no VAPID key.
 */
type PushState =
  | { readonly kind: "checking" }
  | { readonly kind: "unsupported" | "not-configured" | "denied" }
  | { readonly kind: "off" }
  | { readonly kind: "on"; readonly subscriptionId: string; readonly reminderTime: string };

type Notice = "failed" | "timeSaved" | null;

function pushSupported(): boolean {
  return "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
}

/** The service worker that shows the reminders; null when none is installed (e.g. the development server). */
async function workerRegistration(): Promise<ServiceWorkerRegistration | null> {
  return (await navigator.serviceWorker.getRegistration()) ?? null;
}

/** The VAPID key as `PushManager.subscribe` wants it: bytes from base64url. */
function keyBytes(base64Url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64Url.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Reminders' state in this browser: possible at all, and subscribed here (with the server's row) or not. */
async function readPushState(call: ApiCall): Promise<PushState> {
  if (!pushSupported()) return { kind: "unsupported" };
  const key = await call("getPushPublicKey", {});
  if (!key.ok) return { kind: "not-configured" };
  if (Notification.permission === "denied") return { kind: "denied" };
  const registration = await workerRegistration();
  const existing = await registration?.pushManager.getSubscription();
  if (existing === null || existing === undefined) return { kind: "off" };
  const mine = await call("listPushSubscriptions", {});
  const stored = mine.ok ? mine.value.find((entry) => entry.endpoint === existing.endpoint) : undefined;
  return stored === undefined
    ? { kind: "off" }
    : { kind: "on", subscriptionId: stored.subscriptionId, reminderTime: stored.reminderTime };
}

/**
 * Session-day reminders by web push, off by default, for this browser only: the toggle asks the browser for
 * permission, subscribes with the server's key and sends the subscription with the chosen local time, the
 * browser's time zone and the language on screen. Where push is not possible, it says why.
 */
export function PushRemindersSection() {
  const { t, i18n } = useTranslation();
  const { call } = useAppContext();
  // The state in this browser, read once per visit; a change made here replaces it.
  const loaded = useResource<PushState>("push-reminders", async () => ok(await readPushState(call)));
  const [changed, setState] = useState<PushState | null>(null);
  const state: PushState = changed ?? (loaded.status === "ready" ? loaded.value : { kind: "checking" });
  const [chosenTime, setTime] = useState<string | null>(null);
  const time = chosenTime ?? (state.kind === "on" ? state.reminderTime : DEFAULT_TIME);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  async function turnOn(): Promise<PushState> {
    const key = await call("getPushPublicKey", {});
    if (!key.ok) return { kind: "not-configured" };
    if ((await Notification.requestPermission()) !== "granted") return { kind: "denied" };
    const registration = await workerRegistration();
    if (registration === null) return { kind: "unsupported" };
    const subscription = await withinTime(
      registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(key.value.publicKey),
      }),
      SUBSCRIBE_TIMEOUT_MS,
    );
    const json = subscription.toJSON();
    const saved = await call("subscribePush", {
      body: {
        endpoint: subscription.endpoint,
        keys: { p256dh: json.keys?.p256dh ?? "", auth: json.keys?.auth ?? "" },
        reminderTime: time,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        language: currentLang(i18n.language),
      },
    });
    if (!saved.ok) {
      await subscription.unsubscribe();
      throw new Error(saved.error.message);
    }
    return { kind: "on", subscriptionId: saved.value.subscriptionId, reminderTime: saved.value.reminderTime };
  }

  async function turnOff(subscriptionId: string): Promise<PushState> {
    await stopRemindersHere(call, await subscriptionHere(), subscriptionId);
    return { kind: "off" };
  }

  async function toggle(on: boolean) {
    setBusy(true);
    setNotice(null);
    try {
      setState(on ? await turnOn() : state.kind === "on" ? await turnOff(state.subscriptionId) : state);
    } catch {
      setNotice("failed");
    } finally {
      setBusy(false);
    }
  }

  async function saveTime(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (state.kind !== "on") return;
    setBusy(true);
    const saved = await call("updatePushReminder", {
      params: { subscriptionId: state.subscriptionId },
      body: { reminderTime: time, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
    });
    setBusy(false);
    if (!saved.ok) {
      setNotice("failed");
      return;
    }
    setState({ ...state, reminderTime: saved.value.reminderTime });
    setNotice("timeSaved");
  }

  const available = state.kind === "on" || state.kind === "off";
  return (
    <section className="card" aria-labelledby="push-title" data-testid="push-reminders">
      <h2 id="push-title">{t("pushReminders.title")}</h2>
      <p>{t("pushReminders.intro")}</p>
      {(state.kind === "unsupported" || state.kind === "denied") && (
        <p role="status" data-testid="push-unavailable">
          {t(`pushReminders.${state.kind}`)}
        </p>
      )}
      {state.kind === "not-configured" && (
        <p role="status" data-testid="push-unavailable">
          {t("pushReminders.notConfigured")}
        </p>
      )}
      {available && (
        <form onSubmit={(event) => void saveTime(event)} data-testid="push-form">
          <label>
            {t("pushReminders.time")}
            <input
              type="time"
              value={time}
              required
              onChange={(event) => {
                setTime(event.target.value);
                setNotice(null);
              }}
              data-testid="push-time"
            />
          </label>
          <label>
            <input
              type="checkbox"
              checked={state.kind === "on"}
              disabled={busy}
              onChange={(event) => void toggle(event.target.checked)}
              data-testid="push-toggle"
            />
            {t("pushReminders.toggle")}
          </label>
          <p role="status" data-testid="push-state">
            {state.kind === "on"
              ? t("pushReminders.on", { time: state.reminderTime })
              : t("pushReminders.off")}
          </p>
          {state.kind === "on" && (
            <div className="actions">
              <button type="submit" disabled={busy} data-testid="push-save-time">
                {t("pushReminders.saveTime")}
              </button>
            </div>
          )}
        </form>
      )}
      {notice === "timeSaved" && (
        <p className="ok" role="status" data-testid="push-notice">
          {t("pushReminders.timeSaved")}
        </p>
      )}
      {notice === "failed" && (
        <p role="alert" data-testid="push-notice">
          {t("pushReminders.failed")}
        </p>
      )}
    </section>
  );
}
