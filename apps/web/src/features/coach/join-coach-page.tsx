import { useState } from "react";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useAppContext } from "../../app/app-context.js";
import { formText } from "../../components/form-text.js";
import { usePageTitle } from "../../components/use-page-title.js";

/** A person accepts a coach's invitation, by link (`/join?code=…`) or by typing the code. */
export function JoinCoachPage() {
  const { t } = useTranslation();
  usePageTitle(t("coach.accept"));
  const { call } = useAppContext();
  const [params] = useSearchParams();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = formText(new FormData(event.currentTarget), "code").trim();
    const result = await call("acceptInvitation", { body: { code } });
    setStatus(result.ok ? { ok: true, text: t("coach.joined") } : { ok: false, text: result.error.message });
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
          {status.text}
        </p>
      )}
    </article>
  );
}
