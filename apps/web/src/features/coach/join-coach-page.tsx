import { useState } from "react";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { shownName } from "@hipcheck/core";
import type { ApiError } from "@hipcheck/contracts";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { formText } from "../../components/form-text.js";
import { TechnicalDetail } from "../../components/technical-detail.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { CoachCanSee } from "./coach-can-see.js";
import { forgetInvitation, pendingInvitation, rememberInvitation } from "./pending-invitation.js";

/**
 * A person accepts a coach's invitation, by link (`/join?code=…`) or by typing the code. Signed out, the page
 * says what joining means and keeps the code through sign-up or sign-in, then brings the person back here.
 */
export function JoinCoachPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("coach.accept"));
  const { call, me } = useAppContext();
  const [params] = useSearchParams();
  const code = params.get("code") ?? pendingInvitation() ?? "";
  const [status, setStatus] = useState<
    | { readonly ok: true; readonly coachName: string }
    | { readonly ok: false; readonly error: ApiError }
    | null
  >(null);
  const [busy, setBusy] = useState(false);
  const problem = status === null || status.ok ? null : describeApiError(status.error, i18n, "join-coach");
  const back = { from: `/join?code=${encodeURIComponent(code)}` };
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = formText(new FormData(event.currentTarget), "code");
    setBusy(true);
    const result = await call("acceptInvitation", { body: { code: typed } });
    setBusy(false);
    if (result.ok) forgetInvitation();
    setStatus(
      result.ok
        ? {
            ok: true,
            coachName: shownName({
              email: result.value.coachEmail,
              displayName: result.value.coachDisplayName,
            }),
          }
        : { ok: false, error: result.error },
    );
  }
  return (
    <article data-testid="join-page">
      <h1>{t("coach.accept")}</h1>
      <p>{t("coaching.joinIntro")}</p>
      <CoachCanSee />
      {me === null ? (
        <section className="card" data-testid="join-signed-out">
          {code !== "" && (
            <p>
              {t("coaching.yourCode")}
              {t("app.colon")}
              <code data-testid="join-pending-code">{code}</code>
            </p>
          )}
          <p>{t("coaching.joinSignedOut")}</p>
          <div className="actions">
            <Link
              to="/sign-up"
              state={back}
              onClick={() => {
                if (code !== "") rememberInvitation(code);
              }}
              data-testid="join-sign-up"
            >
              {t("coaching.joinSignUp")}
            </Link>
            <Link
              to="/sign-in"
              state={back}
              onClick={() => {
                if (code !== "") rememberInvitation(code);
              }}
              data-testid="join-sign-in"
            >
              {t("coaching.joinSignIn")}
            </Link>
          </div>
        </section>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <label>
            {t("coach.acceptCode")}
            <input
              type="text"
              name="code"
              required
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              defaultValue={code}
              data-testid="join-code"
            />
          </label>
          <p className="muted">{t("coaching.codeHint")}</p>
          <button type="submit" disabled={busy} data-testid="join-submit">
            {t("coach.acceptSubmit")}
          </button>
        </form>
      )}
      {status !== null && (
        <p className={status.ok ? "ok" : "error"} role="status" data-testid="join-status">
          {problem === null
            ? t("coaching.joinedWith", { coach: status.ok ? status.coachName : "" })
            : problem.text}
        </p>
      )}
      {status?.ok === true && (
        <p className="actions">
          <Link to="/my-coach" data-testid="join-see-my-coach">
            {t("coaching.myCoachTitle")}
          </Link>
          <Link to="/">{t("coaching.continue")}</Link>
        </p>
      )}
      <TechnicalDetail detail={problem?.detail} />
    </article>
  );
}
