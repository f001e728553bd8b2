import { useState } from "react";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { DISPLAY_NAME_MAX_LENGTH } from "@hipcheck/core";
import type { ApiError } from "@hipcheck/contracts";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { rememberMe } from "../../app/remembered-me.js";
import { formText } from "../../components/form-text.js";
import { ProblemAlert } from "../../components/problem-alert.js";

type Outcome = "saved" | "cleared" | { readonly error: ApiError } | null;

/** The name a coach or a client sees in place of the person's email (decision 0330); empty shows the email. */
export function DisplayNameSection() {
  const { t, i18n } = useTranslation();
  const { call, me, setMe } = useAppContext();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = formText(new FormData(event.currentTarget), "displayName").trim();
    setBusy(true);
    const saved = await call("setDisplayName", { body: { displayName: typed === "" ? null : typed } });
    setBusy(false);
    if (!saved.ok) {
      setOutcome({ error: saved.error });
      return;
    }
    setMe(saved.value);
    rememberMe(saved.value);
    setOutcome(saved.value.displayName === null ? "cleared" : "saved");
  }
  return (
    <section className="card" aria-labelledby="display-name-title">
      <h2 id="display-name-title">{t("accounts.displayNameTitle")}</h2>
      <p>{t("accounts.displayNameIntro")}</p>
      <form onSubmit={(event) => void submit(event)}>
        <label>
          {t("accounts.displayName")}
          <input
            type="text"
            name="displayName"
            maxLength={DISPLAY_NAME_MAX_LENGTH}
            autoComplete="name"
            defaultValue={me?.displayName ?? ""}
            aria-describedby="display-name-hint"
            data-testid="display-name"
          />
        </label>
        <p className="muted" id="display-name-hint">
          {t("accounts.displayNameHint")}
        </p>
        {outcome === "saved" || outcome === "cleared" ? (
          <p className="ok" role="status" data-testid="display-name-notice">
            {t(outcome === "saved" ? "accounts.displayNameSaved" : "accounts.displayNameCleared")}
          </p>
        ) : (
          <ProblemAlert
            problem={outcome === null ? null : describeApiError(outcome.error, i18n, "display-name")}
            testId="display-name-notice"
          />
        )}
        <div className="actions">
          <button type="submit" disabled={busy} data-testid="save-display-name">
            {t("accounts.saveDisplayName")}
          </button>
        </div>
      </form>
    </section>
  );
}
