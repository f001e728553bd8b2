import { painRatingsProblem } from "@hipcheck/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppContext } from "../../app/app-context.js";
import { todayIso } from "../../app/today.js";
import { formatDay } from "../../components/format-day.js";
import { ScoreField } from "../../components/score-field.js";
import { recordEntry } from "../../offline/local-store.js";

/**
 * Today's pain now, usual and worst (0–10 NPRS), queued like every other entry. The entry's id is made when the
 * form is filled, so a double click or a resend stores it once; once saved, the person reads so, the chart shows
 * it, and the form is ready for a later entry under a new id.
 */
export function PainEntryForm() {
  const { t, i18n } = useTranslation();
  const { store, syncNow } = useAppContext();
  const [pain, setPain] = useState({ painNow: 0, painUsual: 0, painWorst: 0 });
  const [saving, setSaving] = useState(false);
  const [savedOn, setSavedOn] = useState<string | null>(null);
  const entryId = useRef(crypto.randomUUID());
  const busy = useRef(false);
  const contradiction = painRatingsProblem(pain) !== undefined;
  const change = (next: typeof pain) => {
    setPain(next);
    setSavedOn(null);
  };
  async function save() {
    // Clicks arrive faster than React re-renders: the guard must hold from the first one.
    if (busy.current) return;
    busy.current = true;
    setSaving(true);
    const date = todayIso();
    await recordEntry(store, { id: entryId.current, kind: "pain", payload: { date, ...pain } });
    entryId.current = crypto.randomUUID();
    await syncNow();
    setSavedOn(date);
    setSaving(false);
    busy.current = false;
  }
  return (
    <details>
      <summary>{t("progress.recordPain")}</summary>
      <ScoreField
        label={t("onboarding.painNow")}
        value={pain.painNow}
        onChange={(painNow) => {
          change({ ...pain, painNow });
        }}
        testId="entry-pain-now"
      />
      <ScoreField
        label={t("onboarding.painUsual")}
        value={pain.painUsual}
        onChange={(painUsual) => {
          change({ ...pain, painUsual });
        }}
        testId="entry-pain-usual"
      />
      <ScoreField
        label={t("onboarding.painWorst")}
        value={pain.painWorst}
        onChange={(painWorst) => {
          change({ ...pain, painWorst });
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
        disabled={saving || contradiction}
        aria-busy={saving}
        data-testid="save-pain"
      >
        {saving ? t("sessionLoop.saving") : t("app.save")}
      </button>
      {savedOn !== null && (
        <p className="ok" role="status" data-testid="pain-saved">
          {t("sessionLoop.painSaved", { date: formatDay(savedOn, i18n.language) })}
        </p>
      )}
    </details>
  );
}
