import { useState } from "react";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { ApiError } from "@hipcheck/contracts";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { formText } from "../../components/form-text.js";
import { TechnicalDetail } from "../../components/technical-detail.js";
import { usePageTitle } from "../../components/use-page-title.js";

/** A person accepts a coach's invitation, by link (`/join?code=…`) or by typing the code. */
export function JoinCoachPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("coach.accept"));
  const { call } = useAppContext();
  const [params] = useSearchParams();
  const [status, setStatus] = useState<
    { readonly ok: true } | { readonly ok: false; readonly error: ApiError } | null
  >(null);
  const problem = status === null || status.ok ? null : describeApiError(status.error, i18n, "join-coach");
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = formText(new FormData(event.currentTarget), "code").trim();
    const result = await call("acceptInvitation", { body: { code } });
    setStatus(result.ok ? { ok: true } : { ok: false, error: result.error });
  }
  return (
    <article data-testid="join-page">
      <h1>{t("coach.accept")}</h1>
      <form onSubmit={(event) => void submit(event)}>
        <label>
          {t("coach.acceptCode")}
          <input
            type="text"
            name="code"
            required
            defaultValue={params.get("code") ?? ""}
            data-testid="join-code"
          />
        </label>
        <button type="submit" data-testid="join-submit">
          {t("coach.acceptSubmit")}
        </button>
      </form>
      {status !== null && (
        <p className={status.ok ? "ok" : "error"} role="status" data-testid="join-status">
          {problem === null ? t("coach.joined") : problem.text}
        </p>
      )}
      <TechnicalDetail detail={problem?.detail} />
    </article>
  );
}
