import { useState } from "react";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "@hipcheck/contracts";
import { describeApiError, type ApiErrorDescription } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { formText } from "../../components/form-text.js";
import { ProblemAlert } from "../../components/problem-alert.js";

type CreatedRole = "coach" | "admin";

type OwnKey = "admin.emailTaken" | "admin.emailInvalid" | "admin.passwordRule";

/** The server names the field; the page says what to change in the admin's language. */
function ownKey(error: ApiError): OwnKey | undefined {
  if (error.field === "email") {
    if (error.kind === "conflict") return "admin.emailTaken";
    if (error.kind === "invalid-input") return "admin.emailInvalid";
  }
  if (error.field === "password" && error.kind === "invalid-input") return "admin.passwordRule";
  return undefined;
}

type Outcome =
  | { readonly kind: "created"; readonly email: string; readonly role: CreatedRole }
  | { readonly kind: "failed"; readonly error: ApiError };

/** A coach (or another admin) account with a first password the admin hands over; its owner then changes it. */
export function CreateAccountForm({ onCreated }: { readonly onCreated: () => void }) {
  const { t, i18n } = useTranslation();
  const { call } = useAppContext();
  const [role, setRole] = useState<CreatedRole>("coach");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const body = { email: formText(form, "email"), password: formText(form, "password") };
    setBusy(true);
    const created = await call(role === "coach" ? "createCoachAccount" : "createAdminAccount", { body });
    setBusy(false);
    if (!created.ok) {
      setOutcome({ kind: "failed", error: created.error });
      return;
    }
    formElement.reset();
    setOutcome({ kind: "created", email: created.value.email, role });
    onCreated();
  }

  let problem: ApiErrorDescription | null = null;
  if (outcome?.kind === "failed") {
    const key = ownKey(outcome.error);
    problem =
      key === undefined
        ? describeApiError(outcome.error, i18n)
        : { text: t(key), detail: outcome.error.message };
  }

  return (
    <section className="card" aria-labelledby="create-account-title">
      <h2 id="create-account-title">{t("admin.createTitle")}</h2>
      <p>{t("admin.createIntro")}</p>
      <form onSubmit={(event) => void submit(event)} data-testid="create-account-form">
        <fieldset>
          <legend>{t("admin.role")}</legend>
          {(["coach", "admin"] as const).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="role"
                value={option}
                checked={role === option}
                onChange={() => {
                  setRole(option);
                }}
                data-testid={`create-role-${option}`}
              />
              {t(`admin.roles.${option}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t("admin.email")}
          <input type="email" name="email" autoComplete="off" required data-testid="create-email" />
        </label>
        <label>
          {t("admin.initialPassword")}
          <input
            type="password"
            name="password"
            autoComplete="new-password"
            minLength={8}
            maxLength={256}
            required
            aria-describedby="initial-password-rule"
            data-testid="create-password"
          />
        </label>
        <p id="initial-password-rule" className="muted">
          {t("admin.passwordRule")}
        </p>
        {outcome?.kind === "created" && (
          <p className="ok" role="status" data-testid="create-notice">
            {t(outcome.role === "coach" ? "admin.coachCreated" : "admin.adminCreated", {
              email: outcome.email,
            })}
          </p>
        )}
        <ProblemAlert problem={problem} testId="create-notice" />
        <div className="actions">
          <button type="submit" disabled={busy} data-testid="create-account">
            {t(role === "coach" ? "admin.createCoach" : "admin.createAdmin")}
          </button>
        </div>
      </form>
    </section>
  );
}
