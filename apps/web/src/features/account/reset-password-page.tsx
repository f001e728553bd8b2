import { useState } from "react";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { ApiError } from "@hipcheck/contracts";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { rememberMe } from "../../app/remembered-me.js";
import { formText } from "../../components/form-text.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { usePageTitle } from "../../components/use-page-title.js";

type Outcome = "done" | "differ" | { readonly error: ApiError } | null;

/**
 * A one-time reset link (`/reset-password#token=…`, decision 0332) opens here: the person chooses a new password,
 * every sign-in of the account ends, and they sign in with it. The token stays in the fragment, which the browser
 * never sends to the server except in this page's request body.
 */
export function ResetPasswordPage() {
  const { t, i18n } = useTranslation();
  const { call, setMe } = useAppContext();
  const fragment = new URLSearchParams(useLocation().hash.replace(/^#/, ""));
  const token = fragment.get("token") ?? "";
  // An admin's invitation opens the same page to choose a first password (decision 0420).
  const welcome = fragment.get("welcome") === "1";
  const title = welcome ? t("mail.welcomeTitle") : t("accounts.resetTitle");
  usePageTitle(title);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = formText(form, "newPassword");
    if (newPassword !== formText(form, "confirmPassword")) {
      setOutcome("differ");
      return;
    }
    setBusy(true);
    const reset = await call("resetPassword", { body: { token, newPassword } });
    setBusy(false);
    if (!reset.ok) {
      setOutcome({ error: reset.error });
      return;
    }
    // Every sign-in of the account ended, this device's too.
    setMe(null);
    rememberMe(null);
    setOutcome("done");
  }
  if (token === "") {
    return (
      <article data-testid="reset-password-page">
        <h1>{title}</h1>
        <p className="error" role="alert" data-testid="reset-notice">
          {t("accounts.resetNoToken")}
        </p>
      </article>
    );
  }
  return (
    <article data-testid="reset-password-page">
      <h1>{title}</h1>
      {outcome === "done" ? (
        <>
          <p className="ok" role="status" data-testid="reset-notice">
            {t("accounts.resetDone")}
          </p>
          <p>
            <Link to="/sign-in" data-testid="reset-sign-in">
              {t("auth.submitSignIn")}
            </Link>
          </p>
        </>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          {welcome && <p data-testid="reset-welcome">{t("mail.welcomeIntro")}</p>}
          <p>{t("settings.passwordRule")}</p>
          <label>
            {t("settings.newPassword")}
            <input
              type="password"
              name="newPassword"
              minLength={8}
              autoComplete="new-password"
              required
              data-testid="reset-new-password"
            />
          </label>
          <label>
            {t("settings.confirmPassword")}
            <input
              type="password"
              name="confirmPassword"
              autoComplete="new-password"
              required
              data-testid="reset-confirm-password"
            />
          </label>
          {outcome === "differ" ? (
            <p className="error" role="alert" data-testid="reset-notice">
              {t("settings.passwordsDiffer")}
            </p>
          ) : (
            <ProblemAlert
              problem={outcome === null ? null : describeApiError(outcome.error, i18n, "reset-password")}
              testId="reset-notice"
            />
          )}
          <div className="actions">
            <button type="submit" disabled={busy} data-testid="reset-submit">
              {t("accounts.resetSubmit")}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}
