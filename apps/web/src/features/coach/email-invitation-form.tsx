import { useMemo, useState } from "react";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "@hipcheck/contracts";
import { describeApiError } from "../../api/describe-api-error.js";
import { RetryIds, sessionShelf } from "../../api/retry-ids.js";
import { useAppContext } from "../../app/app-context.js";
import { formText } from "../../components/form-text.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { useMailOn } from "../account/use-mail-status.js";

type Outcome = { readonly sentTo: string } | { readonly error: ApiError } | null;

/**
 * A coach sends a new invitation code by email, in the language the person reads (decision 0420); offered only
 * where the server sends email. The code then waits in the list like any other.
 */
export function EmailInvitationForm({
  validDays,
  onSent,
}: {
  readonly validDays: number;
  readonly onSent: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { call } = useAppContext();
  const mailOn = useMailOn();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const mailIds = useMemo(() => new RetryIds("coach-invitation-mail", sessionShelf()), []);
  if (mailOn !== true) return null;
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = formText(form, "email").trim();
    const language = formText(form, "language") === "fr" ? "fr" : "en";
    setBusy(true);
    // The same invitation tried again after its answer was lost goes under the same id: one code, one mail
    // (decision 0635). Once sent, the next one, even to the same address, is a new code in a new mail.
    const id = mailIds.idFor({ email: email.toLowerCase(), language, validDays });
    const sent = await call("emailInvitation", { body: { email, language, validDays, id } });
    setBusy(false);
    if (!sent.ok) {
      setOutcome({ error: sent.error });
      return;
    }
    mailIds.taken();
    formElement.reset();
    setOutcome({ sentTo: email });
    onSent();
  }
  return (
    <form onSubmit={(event) => void submit(event)} data-testid="email-invitation">
      <h3>{t("mail.inviteByEmail")}</h3>
      <label>
        {t("mail.inviteEmail")}
        <input type="email" name="email" required autoComplete="off" data-testid="invite-email" />
      </label>
      <label>
        {t("mail.inviteLanguage")}
        <select
          name="language"
          defaultValue={i18n.language === "fr" ? "fr" : "en"}
          data-testid="invite-language"
        >
          <option value="en">{t("mail.languageEn")}</option>
          <option value="fr">{t("mail.languageFr")}</option>
        </select>
      </label>
      <button type="submit" disabled={busy} data-testid="send-invite">
        {t("mail.inviteSend")}
      </button>
      {outcome !== null && "sentTo" in outcome && (
        <p className="ok" role="status" data-testid="invite-sent">
          {t("mail.inviteSent", { email: outcome.sentTo })}
        </p>
      )}
      <ProblemAlert
        problem={outcome !== null && "error" in outcome ? describeApiError(outcome.error, i18n) : null}
      />
    </form>
  );
}
