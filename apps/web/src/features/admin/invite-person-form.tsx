import { useState } from "react";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "@hipcheck/contracts";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { formText } from "../../components/form-text.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { useMailOn } from "../account/use-mail-status.js";

type Outcome = { readonly email: string; readonly until: string } | { readonly error: ApiError } | null;

/**
 * A person with no coach gets in on an invite-only server (decision 0420): the admin sends an invitation by email,
 * or, where the server sends no email, is told the command that prints the link.
 */
export function InvitePersonForm({ onInvited }: { readonly onInvited: () => void }) {
  const { t, i18n } = useTranslation();
  const { call } = useAppContext();
  const mailOn = useMailOn();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  if (mailOn === undefined) return null;
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = formText(form, "email").trim();
    const language = formText(form, "language") === "fr" ? "fr" : "en";
    setBusy(true);
    const sent = await call("inviteAccount", { body: { email, language } });
    setBusy(false);
    if (!sent.ok) {
      setOutcome({ error: sent.error });
      return;
    }
    formElement.reset();
    setOutcome({ email: sent.value.email, until: sent.value.expiresAt.slice(0, 10) });
    onInvited();
  }
  return (
    <section className="card" data-testid="invite-person">
      <h2>{t("mail.adminInviteTitle")}</h2>
      {mailOn ? (
        <form onSubmit={(event) => void submit(event)}>
          <p>{t("mail.adminInviteIntro")}</p>
          <label>
            {t("auth.email")}
            <input type="email" name="email" required autoComplete="off" data-testid="invite-person-email" />
          </label>
          <label>
            {t("mail.inviteLanguage")}
            <select name="language" defaultValue={i18n.language === "fr" ? "fr" : "en"}>
              <option value="en">{t("mail.languageEn")}</option>
              <option value="fr">{t("mail.languageFr")}</option>
            </select>
          </label>
          <button type="submit" disabled={busy} data-testid="invite-person-send">
            {t("mail.inviteSend")}
          </button>
          {outcome !== null && "email" in outcome && (
            <p className="ok" role="status" data-testid="invite-person-sent">
              {t("mail.adminInviteSent", { email: outcome.email, date: outcome.until })}
            </p>
          )}
          <ProblemAlert
            problem={outcome !== null && "error" in outcome ? describeApiError(outcome.error, i18n) : null}
          />
        </form>
      ) : (
        <p className="muted" data-testid="invite-person-off">
          {t("mail.adminInviteOff")}
        </p>
      )}
    </section>
  );
}
