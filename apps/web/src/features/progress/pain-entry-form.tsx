import { painRatingsProblem } from "@hipcheck/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppContext } from "../../app/app-context.js";
import { todayIso } from "../../app/today.js";
import { ScoreField } from "../../components/score-field.js";
import { recordEntry } from "../../offline/local-store.js";

/** Today's pain now, usual and worst (0–10 NPRS), one entry per day, queued like every other entry. */
export function PainEntryForm() {
  const { t } = useTranslation();
  const { store, syncNow } = useAppContext();
  const [pain, setPain] = useState({ painNow: 0, painUsual: 0, painWorst: 0 });
  const [saved, setSaved] = useState(false);
  const contradiction = painRatingsProblem(pain) !== undefined;
  async function save() {
    const date = todayIso();
    // A fresh id per entry, kept in the outbox: the server recognises a resend and stores the entry once.
    await recordEntry(store, { id: crypto.randomUUID(), kind: "pain", payload: { date, ...pain } });
    setSaved(true);
    await syncNow();
  }
  return (
    <details>
      <summary>{t("progress.recordPain")}</summary>
      <ScoreField
        label={t("onboarding.painNow")}
        value={pain.painNow}
        onChange={(painNow) => {
          setPain({ ...pain, painNow });
        }}
        testId="entry-pain-now"
      />
      <ScoreField
        label={t("onboarding.painUsual")}
        value={pain.painUsual}
        onChange={(painUsual) => {
          setPain({ ...pain, painUsual });
        }}
        testId="entry-pain-usual"
      />
      <ScoreField
        label={t("onboarding.painWorst")}
        value={pain.painWorst}
        onChange={(painWorst) => {
          setPain({ ...pain, painWorst });
        }}
        testId="entry-pain-worst"
      />
      {contradiction && (
        <p className="error" role="alert" data-testid="pain-entry-problem">
          {t("onboarding.worstTooLow")}
        </p>
      )}
      <button
        type="button"
        onClick={() => void save()}
        disabled={saved || contradiction}
        data-testid="save-pain"
      >
        {t("app.save")}
      </button>
    </details>
  );
}
