import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ApiError } from "@hipcheck/contracts";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { forgetAccountOnDevice } from "../../app/device-account.js";
import { rememberMe } from "../../app/remembered-me.js";
import { formatDay } from "../../components/format-day.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { pendingCount } from "../../offline/local-store.js";
import { sessionInProgress } from "../session/session-draft.js";
import type { SessionDraft } from "../session/session-draft.js";
import { stopRemindersHere, subscriptionHere } from "./reminders-here.js";

/**
 * Signing out removes from the device everything it keeps for the account (decision 0720), so the next person to
 * use it sees none of it. Entries not sent yet would go with it: the person is told how many, and sends them first
 * or, having ticked that they will be lost, signs out anyway. A session in progress with work in it is named the
 * same way, with a link to it (decision 0780).
 */
export function SignOutButton() {
  const { t, i18n } = useTranslation();
  const { call, store, sync, syncNow, me } = useAppContext();
  const [unsent, setUnsent] = useState<number | null>(null);
  const [session, setSession] = useState<SessionDraft | undefined>(undefined);
  const [loseThem, setLoseThem] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function signOut() {
    setBusy(true);
    // While still signed in: the reminders set here for this account stop with it (decision 0743). A browser whose
    // push service fails to answer does not keep the person from signing out.
    await subscriptionHere()
      .then((here) => stopRemindersHere(call, here))
      .catch(() => undefined);
    const result = await call("signOut", {});
    // Unless the sign-in has ended already, a sign-out the server did not take leaves it holding the sign-in, and
    // the next page would sign the person in again on an emptied device: nothing is removed then.
    if (!result.ok && result.error.kind !== "unauthenticated") {
      setError(result.error);
      setBusy(false);
      return;
    }
    await forgetAccountOnDevice(store, { local: localStorage, session: sessionStorage });
    rememberMe(null);
    // A fresh start drops what the pages hold in memory too.
    window.location.replace("/");
  }

  async function askFirst() {
    setError(null);
    const count = await pendingCount(store);
    const inProgress = me === null ? undefined : sessionInProgress(localStorage, me.accountId);
    setSession(inProgress);
    if (count === 0 && inProgress === undefined) await signOut();
    else setUnsent(count);
  }

  async function sendThenSignOut() {
    setBusy(true);
    await syncNow();
    const count = await pendingCount(store);
    setBusy(false);
    if (count === 0 && session === undefined) await signOut();
    else setUnsent(count);
  }

  const loseConfirm =
    unsent === null || session === undefined
      ? t("signOut.loseConfirm", { count: unsent ?? 0 })
      : unsent === 0
        ? t("signOut.sessionLoseConfirm")
        : t("signOut.allLoseConfirm");

  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={busy}
        onClick={() => void askFirst()}
        data-testid="sign-out"
      >
        {t("nav.signOut")}
      </button>
      {unsent !== null && (
        <section
          className="card"
          role="alert"
          aria-labelledby="sign-out-unsent-title"
          data-testid="sign-out-unsent"
        >
          <h2 id="sign-out-unsent-title">
            {unsent > 0 ? t("signOut.unsentTitle", { count: unsent }) : t("signOut.sessionTitle")}
          </h2>
          {unsent > 0 && <p>{t("signOut.unsentBody", { count: unsent })}</p>}
          {unsent > 0 && !sync.online && <p className="muted">{t("signOut.offline")}</p>}
          {session !== undefined && (
            <p data-testid="sign-out-session">
              {t("signOut.sessionBody", { day: formatDay(session.date, i18n.language) })}{" "}
              <Link to={`/session/${session.plannedSessionId}`} data-testid="sign-out-open-session">
                {t("signOut.sessionOpen")}
              </Link>
            </p>
          )}
          <div className="actions">
            {unsent > 0 && (
              <button
                type="button"
                disabled={busy || !sync.online}
                onClick={() => void sendThenSignOut()}
                data-testid="sign-out-send"
              >
                {t("signOut.sendFirst")}
              </button>
            )}
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setUnsent(null);
                setLoseThem(false);
              }}
              data-testid="sign-out-cancel"
            >
              {t("signOut.cancel")}
            </button>
          </div>
          <label>
            <input
              type="checkbox"
              checked={loseThem}
              onChange={(event) => {
                setLoseThem(event.target.checked);
              }}
              data-testid="sign-out-lose-confirm"
            />
            {loseConfirm}
          </label>
          <div className="actions">
            <button
              type="button"
              className="danger"
              disabled={busy || !loseThem}
              onClick={() => void signOut()}
              data-testid="sign-out-anyway"
            >
              {t("signOut.anyway")}
            </button>
          </div>
        </section>
      )}
      <ProblemAlert problem={error === null ? null : describeApiError(error, i18n)} testId="sign-out-error" />
    </>
  );
}
