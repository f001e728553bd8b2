import { useState } from "react";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useAppContext } from "../../app/app-context.js";
import { rememberMe } from "../../app/remembered-me.js";
import { clearLocalStore } from "../../offline/local-store.js";
import { formText } from "../../components/form-text.js";
import { usePageTitle } from "../../components/use-page-title.js";

function downloadJson(document_: unknown, fileName: string) {
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(document_, null, 2)], { type: "application/json" }),
  );
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** Everything the server holds about the person as one JSON file, and deleting the account for good. */
export function DataPage() {
  const { t } = useTranslation();
  usePageTitle(t("data.title"));
  const { call, store, setMe } = useAppContext();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);

  async function exportAll() {
    const result = await call("exportData", {});
    if (result.ok) downloadJson(result.value, "hipcheck-export.json");
    else setError(result.error.message);
  }

  async function deleteAccount(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (form.get("confirm") !== "DELETE") return;
    const result = await call("deleteAccount", { body: { password: formText(form, "password") } });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    await clearLocalStore(store);
    rememberMe(null);
    setMe(null);
    void navigate("/", { replace: true });
  }

  async function signOut() {
    await call("signOut", {});
    rememberMe(null);
    setMe(null);
    void navigate("/");
  }

  return (
    <article data-testid="data-page">
      <h1>{t("data.title")}</h1>
      <div className="actions">
        <button type="button" onClick={() => void exportAll()} data-testid="export">
          {t("data.export")}
        </button>
        <button type="button" className="secondary" onClick={() => void signOut()} data-testid="sign-out">
          {t("nav.signOut")}
        </button>
      </div>
      {error !== null && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <section className="card">
        <h2>{t("data.deleteTitle")}</h2>
        <p>{t("data.deleteText")}</p>
        <form onSubmit={(event) => void deleteAccount(event)}>
          <label>
            {t("auth.password")}
            <input
              type="password"
              name="password"
              autoComplete="current-password"
              required
              data-testid="delete-password"
            />
          </label>
          <label>
            {t("data.deleteConfirm")}
            <input type="text" name="confirm" required pattern="DELETE" data-testid="delete-confirm" />
          </label>
          <button type="submit" className="danger" data-testid="delete-account">
            {t("data.delete")}
          </button>
        </form>
      </section>
    </article>
  );
}
