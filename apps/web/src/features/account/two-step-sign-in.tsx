import { useState } from "react";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import type { AccountViewBody, ApiError } from "@hipcheck/contracts";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { formText } from "../../components/form-text.js";
import { ProblemAlert } from "../../components/problem-alert.js";

/** The second step of a sign-in (decision 0430): a code from the app, or a recovery code. */
export function TwoStepSignIn({
  challenge,
  onSignedIn,
}: {
  readonly challenge: string;
  readonly onSignedIn: (me: AccountViewBody) => void;
}) {
  const { t, i18n } = useTranslation();
  const { call } = useAppContext();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = formText(new FormData(event.currentTarget), "code").trim();
    setBusy(true);
    const signedIn = await call("completeTwoStepSignIn", { body: { challenge, code } });
    setBusy(false);
    if (!signedIn.ok) {
      setError(signedIn.error);
      return;
    }
    onSignedIn(signedIn.value.account);
  }

  const problem =
    error === null
      ? null
      : error.kind === "unauthenticated"
        ? { text: t(error.field === "challenge" ? "twoStep.expired" : "twoStep.wrongCode") }
        : error.kind === "rate-limited"
          ? { text: t("twoStep.tooManyTries"), detail: error.message }
          : describeApiError(error, i18n);
  return (
    <form onSubmit={(event) => void submit(event)} data-testid="two-step-sign-in">
      <h2>{t("twoStep.secondStepTitle")}</h2>
      <p>{t("twoStep.secondStepIntro")}</p>
      <label>
        {t("twoStep.secondStepCode")}
        <input
          type="text"
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          required
          maxLength={64}
          data-testid="two-step-sign-in-code"
        />
      </label>
      <ProblemAlert problem={problem} testId="two-step-sign-in-error" />
      <div className="actions">
        <button type="submit" disabled={busy} data-testid="two-step-sign-in-submit">
          {t("twoStep.secondStepSubmit")}
        </button>
      </div>
    </form>
  );
}
