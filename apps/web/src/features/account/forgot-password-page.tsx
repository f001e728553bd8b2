import { useState } from "react";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ApiError } from "@hipcheck/contracts";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { formText } from "../../components/form-text.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { useMailOn } from "./use-mail-status.js";

type Outcome = "sent" | { readonly error: ApiError } | null;

/**
 * "Forgot password?" (decision 0420): the person types their email and a one-hour link goes there if an account
 * has it. The page says the same whatever the address, as the server does; without mail it says whom to ask.
 */
export function ForgotPasswordPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("mail.forgotTitle"));
  const { call } = useAppContext();
  const mailOn = useMailOn();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = formText(new FormData(event.currentTarget), "email").trim();
    setBusy(true);
    const asked = await call("requestPasswordReset", { body: { email } });
    setBusy(false);
    setOutcome(asked.ok ? "sent" : { error: asked.error });
  }
  const back = (
    <p>
      <Link to="/sign-in" data-testid="forgot-back">
        {t("mail.backToSignIn")}
      </Link>
    </p>
  );
  if (mailOn === false) {
    return (
      <article data-testid="forgot-password-page">
        <h1>{t("mail.forgotTitle")}</h1>
        <p role="status" data-testid="forgot-notice">
          {t("mail.forgotOff")}
        </p>
        {back}
      </article>
    );
  }
  return (
    <article data-testid="forgot-password-page">
      <h1>{t("mail.forgotTitle")}</h1>
      {outcome === "sent" ? (
        <p className="ok" role="status" data-testid="forgot-notice">
          {t("mail.forgotSent")}
        </p>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <p>{t("mail.forgotIntro")}</p>
          <label>
            {t("auth.email")}
            <input type="email" name="email" autoComplete="email" required data-testid="forgot-email" />
          </label>
          <ProblemAlert
            problem={outcome === null ? null : describeApiError(outcome.error, i18n)}
            testId="forgot-notice"
          />
          <div className="actions">
            <button type="submit" disabled={busy} data-testid="forgot-submit">
              {t("mail.forgotSubmit")}
            </button>
          </div>
        </form>
      )}
      {back}
    </article>
  );
}
