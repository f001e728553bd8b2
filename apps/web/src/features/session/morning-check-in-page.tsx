import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppContext } from "../../app/app-context.js";
import { todayIso } from "../../app/today.js";
import { ScoreField } from "../../components/score-field.js";
import { recordEntry } from "../../offline/local-store.js";
import { usePageTitle } from "../../components/use-page-title.js";

/**
 * The next-morning check: is the knee back to its usual level? The pain-monitoring model (Silbernagel 2007)
 * judges a session by the next morning, not by how it felt during.
 */
export function MorningCheckInPage() {
  const { t } = useTranslation();
  usePageTitle(t("session.morningTitle"));
  const { store, syncNow } = useAppContext();
  const [pain, setPain] = useState(0);
  const [settled, setSettled] = useState(true);
  const [saved, setSaved] = useState(false);
  async function save() {
    const date = todayIso();
    await recordEntry(store, { id: `check-in-${date}`, kind: "check-in", payload: { date, pain, settled } });
    setSaved(true);
    await syncNow();
  }
  return (
    <article data-testid="morning-page">
      <h1>{t("session.morningTitle")}</h1>
      <p>{t("session.morningPrompt")}</p>
      <ScoreField label={t("session.morningPain")} value={pain} onChange={setPain} testId="morning-pain" />
      <label>
        <input
          type="checkbox"
          checked={settled}
          onChange={(e) => {
            setSettled(e.target.checked);
          }}
          data-testid="morning-settled"
        />
        {t("session.morningSettled")}
      </label>
      <div className="actions">
        <button type="button" onClick={() => void save()} disabled={saved} data-testid="morning-save">
          {t("session.morningSave")}
        </button>
      </div>
      {saved && (
        <p className="ok" role="status">
          {t("session.morningSaved")}
        </p>
      )}
    </article>
  );
}
