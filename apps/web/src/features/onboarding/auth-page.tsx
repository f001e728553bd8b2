import { useState } from "react";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { DISPLAY_NAME_MAX_LENGTH } from "@hipcheck/core";
import type { AccountViewBody, ApiError } from "@hipcheck/contracts";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { rememberMe } from "../../app/remembered-me.js";
import { formText } from "../../components/form-text.js";
import { TechnicalDetail } from "../../components/technical-detail.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { useResource } from "../../api/use-resource.js";
import { forgetInvitation, pendingInvitation } from "../coach/pending-invitation.js";
import { ForgotPasswordHint } from "../account/forgot-password-hint.js";
import { TwoStepSignIn } from "../account/two-step-sign-in.js";

/**
 * Sign-up and sign-in on one page; the path decides which. Sign-up makes a person's account (coach accounts
 * are made by an administrator) and signs in straight away.
 */
export function AuthPage() {
  const { t, i18n } = useTranslation();
  const { call, setMe } = useAppContext();
  const navigate = useNavigate();
  const location = useLocation();
  const isSignUp = location.pathname === "/sign-up";
  usePageTitle(isSignUp ? t("auth.signUpTitle") : t("auth.signInTitle"));
  const [error, setError] = useState<ApiError | null>(null);
  const problem = error === null ? null : describeApiError(error, i18n, isSignUp ? "sign-up" : "sign-in");
  const [busy, setBusy] = useState(false);
  // A right password for an account with two-step on: the code is asked next (decision 0430).
  const [twoStepChallenge, setTwoStepChallenge] = useState<string | null>(null);
  // A coach's code opened before signing in comes back to the join page afterwards.
  const invitation = pendingInvitation();
  // On an invite-only server the code is the way in: it is typed or carried into sign-up (decision 0331).
  const policy = useResource("sign-up-policy", () => call("getSignUpPolicy", {}));
  const inviteOnly = isSignUp && policy.status === "ready" && policy.value.signUp === "invite-only";

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const credentials = { email: formText(form, "email"), password: formText(form, "password") };
    const displayName = isSignUp ? formText(form, "displayName").trim() : "";
    const invitationCode = inviteOnly ? formText(form, "invitationCode").trim() : "";
    setBusy(true);
    const created = isSignUp
      ? await call("signUp", {
          body: {
            ...credentials,
            ...(displayName === "" ? {} : { displayName }),
            ...(invitationCode === "" ? {} : { invitationCode }),
          },
        })
      : undefined;
    const signedIn =
      created === undefined || created.ok ? await call("signIn", { body: credentials }) : created;
    setBusy(false);
    if (!signedIn.ok) {
      setError(signedIn.error);
      return;
    }
    if ("twoStep" in signedIn.value) {
      setTwoStepChallenge(signedIn.value.challenge);
      return;
    }
    finish("account" in signedIn.value ? signedIn.value.account : signedIn.value, invitationCode);
  }

  function finish(me: AccountViewBody, invitationCode = "") {
    setMe(me);
    rememberMe(me);
    const from = (location.state as { from?: string } | null)?.from;
    if (invitationCode !== "") {
      // The sign-up accepted the code: the person is already linked, and sees with whom.
      forgetInvitation();
      void navigate("/my-coach");
    } else if (from !== undefined) void navigate(from);
    else if (invitation !== null && me.role !== "coach") void navigate("/join");
    else if (me.role === "coach") void navigate("/coach");
    else if (me.role === "admin") void navigate("/admin");
    else void navigate(isSignUp ? "/check-in" : "/");
  }

  if (twoStepChallenge !== null) {
    return (
      <article data-testid="sign-in-page">
        <h1>{t("auth.signInTitle")}</h1>
        <TwoStepSignIn
          challenge={twoStepChallenge}
          onSignedIn={(me) => {
            finish(me);
          }}
        />
      </article>
    );
  }

  return (
    <article data-testid={isSignUp ? "sign-up-page" : "sign-in-page"}>
      <h1>{isSignUp ? t("auth.signUpTitle") : t("auth.signInTitle")}</h1>
      {invitation !== null && !inviteOnly && (
        <p className="card" data-testid="auth-invitation">
          {t("coaching.authInvitation", { code: invitation })}
        </p>
      )}
      {inviteOnly && (
        <p className="card" data-testid="invite-only-notice">
          {t("accounts.inviteOnly")}
        </p>
      )}
      <form onSubmit={(event) => void submit(event)}>
        {inviteOnly && (
          <>
            <label>
              {t("accounts.invitationCode")}
              <input
                type="text"
                name="invitationCode"
                required
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                defaultValue={invitation ?? ""}
                aria-describedby="invitation-code-hint"
                data-testid="sign-up-invitation-code"
              />
            </label>
            <p className="muted" id="invitation-code-hint">
              {t("accounts.invitationCodeHint")}
            </p>
          </>
        )}
        <label>
          {t("auth.email")}
          <input type="email" name="email" autoComplete="email" required data-testid="email" />
        </label>
        <label>
          {t(isSignUp ? "auth.password" : "auth.currentPassword")}
          <input
            type="password"
            name="password"
            minLength={8}
            autoComplete={isSignUp ? "new-password" : "current-password"}
            required
            data-testid="password"
          />
        </label>
        {isSignUp && (
          <>
            <label>
              {t("accounts.displayName")}
              <input
                type="text"
                name="displayName"
                maxLength={DISPLAY_NAME_MAX_LENGTH}
                autoComplete="name"
                aria-describedby="sign-up-name-hint"
                data-testid="sign-up-display-name"
              />
            </label>
            <p className="muted" id="sign-up-name-hint">
              {t("accounts.displayNameIntro")}
            </p>
          </>
        )}
        {problem !== null && (
          <>
            <p className="error" role="alert" data-testid="auth-error">
              {problem.text}
            </p>
            <TechnicalDetail detail={problem.detail} />
          </>
        )}
        <div className="actions">
          <button type="submit" disabled={busy} data-testid="auth-submit">
            {isSignUp ? t("auth.submitSignUp") : t("auth.submitSignIn")}
          </button>
          <Link to={isSignUp ? "/sign-in" : "/sign-up"} state={location.state as { from?: string } | null}>
            {isSignUp ? t("auth.switchToSignIn") : t("auth.switchToSignUp")}
          </Link>
        </div>
        {!isSignUp && <ForgotPasswordHint />}
      </form>
    </article>
  );
}
