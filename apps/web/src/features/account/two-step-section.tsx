import { useState } from "react";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "@hipcheck/contracts";
import { describeApiError } from "../../api/describe-api-error.js";
import { useResource } from "../../api/use-resource.js";
import { useAppContext } from "../../app/app-context.js";
import { formText } from "../../components/form-text.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { ResourceStatus } from "../../components/resource-status.js";
import { InvitationQr } from "../coach/invitation-qr.js";

type Enrolment = { readonly secretBase32: string; readonly otpauthUri: string };

/** The key in groups of four, as authenticator apps show it, so it can be typed without losing one's place. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

/**
 * Two-step sign-in in the settings (decisions 0430–0433): set it up with a QR code and a first code, keep the
 * recovery codes shown once, replace them or turn it off with the password. Admins cannot turn it off.
 */
export function TwoStepSection() {
  const { t, i18n } = useTranslation();
  const { call, me } = useAppContext();
  const status = useResource("two-step", () => call("getTwoStep", {}));
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<readonly string[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function run<T>(work: () => Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>) {
    setBusy(true);
    setError(null);
    const result = await work();
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return undefined;
    }
    return result.value;
  }

  async function start() {
    const started = await run(() => call("startTwoStepEnrolment", {}));
    if (started !== undefined) setEnrolment(started);
  }

  async function confirm(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = formText(new FormData(event.currentTarget), "code").trim();
    const confirmed = await run(() => call("confirmTwoStepEnrolment", { body: { code } }));
    if (confirmed === undefined) return;
    setEnrolment(null);
    setRecoveryCodes(confirmed.recoveryCodes);
  }

  async function withPassword(event: SubmitEvent<HTMLFormElement>, action: "regenerate" | "disable") {
    event.preventDefault();
    const password = formText(new FormData(event.currentTarget), "password");
    if (action === "regenerate") {
      const fresh = await run(() => call("regenerateRecoveryCodes", { body: { password } }));
      if (fresh !== undefined) setRecoveryCodes(fresh.recoveryCodes);
      return;
    }
    const off = await run(() => call("disableTwoStep", { body: { password } }));
    if (off !== undefined) status.reload();
  }

  const problem = error === null ? null : describeApiError(error, i18n);
  return (
    <section className="card" id="two-step" aria-labelledby="two-step-title" data-testid="two-step-section">
      <h2 id="two-step-title">{t("twoStep.title")}</h2>
      <p>{t("twoStep.intro")}</p>
      {me?.role === "coach" && <p>{t("twoStep.offeredToCoaches")}</p>}
      {status.status !== "ready" ? (
        <ResourceStatus resource={status} testId="two-step-notice" />
      ) : recoveryCodes !== null ? (
        <div data-testid="two-step-recovery">
          <h3>{t("twoStep.recoveryTitle")}</h3>
          <p>{t("twoStep.recoveryIntro")}</p>
          <ul className="recovery-codes" data-testid="two-step-recovery-codes">
            {recoveryCodes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ul>
          <div className="actions">
            <button
              type="button"
              onClick={() => {
                setRecoveryCodes(null);
                status.reload();
              }}
              data-testid="two-step-recovery-done"
            >
              {t("twoStep.recoveryDone")}
            </button>
          </div>
        </div>
      ) : status.value.enabled ? (
        <>
          <p role="status" data-testid="two-step-status">
            {t("twoStep.on", {
              date: new Date(status.value.enabledAt ?? "").toLocaleDateString(i18n.language),
              count: status.value.recoveryCodesLeft,
            })}
          </p>
          <form onSubmit={(event) => void withPassword(event, "regenerate")}>
            <label>
              {t("twoStep.proofLabel")}
              <input type="password" name="password" autoComplete="current-password" required />
            </label>
            <div className="actions">
              <button type="submit" disabled={busy} data-testid="two-step-regenerate">
                {t("twoStep.regenerate")}
              </button>
            </div>
          </form>
          {status.value.required ? (
            <p className="muted">{t("twoStep.adminKeepsOn")}</p>
          ) : (
            <form onSubmit={(event) => void withPassword(event, "disable")}>
              <label>
                {t("twoStep.proofLabel")}
                <input type="password" name="password" autoComplete="current-password" required />
              </label>
              <div className="actions">
                <button type="submit" disabled={busy} data-testid="two-step-disable">
                  {t("twoStep.disable")}
                </button>
              </div>
            </form>
          )}
        </>
      ) : enrolment === null ? (
        <>
          {status.value.required ? (
            <p className="error" role="alert" data-testid="two-step-required">
              {t("twoStep.requiredForAdmins")}
            </p>
          ) : (
            <p data-testid="two-step-status">{t("twoStep.off")}</p>
          )}
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => void start()} data-testid="two-step-start">
              {t("twoStep.start")}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={(event) => void confirm(event)}>
          <p>{t("twoStep.scan")}</p>
          <InvitationQr link={enrolment.otpauthUri} alt={t("twoStep.qrAlt")} testId="two-step-qr" />
          <p>
            {t("twoStep.secretLabel")}{" "}
            <code data-testid="two-step-secret" data-secret={enrolment.secretBase32}>
              {grouped(enrolment.secretBase32)}
            </code>
          </p>
          <label>
            {t("twoStep.codeLabel")}
            <input
              type="text"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]{6,7}"
              required
              data-testid="two-step-code"
            />
          </label>
          <div className="actions">
            <button type="submit" disabled={busy} data-testid="two-step-confirm">
              {t("twoStep.confirm")}
            </button>
          </div>
        </form>
      )}
      <ProblemAlert problem={problem} testId="two-step-problem" />
    </section>
  );
}
