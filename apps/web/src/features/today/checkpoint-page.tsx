import { painRatingsProblem, sortByDate } from "@hipcheck/core";
import type { PsfsItem } from "@hipcheck/core";
import { useState } from "react";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useAppContext } from "../../app/app-context.js";
import { todayIso } from "../../app/today.js";
import { ScoreField } from "../../components/score-field.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { recordEntry } from "../../offline/local-store.js";
import type { LocalHistory } from "../../offline/local-store.js";
import { useHistory } from "../progress/use-history.js";

/** Up to three activities, as the check-in asks (PSFS allows five; docs/clinical §6). */
const PSFS_ROWS = 3;

/** The activities rated last time, so that the same ones are scored again (PSFS compares activity by activity). */
function lastActivities(history: LocalHistory): { activity: string; score: number }[] {
  const last: readonly PsfsItem[] = sortByDate(history.psfsEntries).at(-1)?.items ?? [];
  return Array.from({ length: Math.max(PSFS_ROWS, last.length) }, (_, n) => ({
    activity: last[n]?.activity ?? "",
    score: last[n]?.score ?? 5,
  }));
}

function CheckpointForm({ history }: { readonly history: LocalHistory }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { store, syncNow } = useAppContext();
  const [pain, setPain] = useState({ painNow: 0, painUsual: 0, painWorst: 0 });
  const [psfs, setPsfs] = useState(() => lastActivities(history));
  const [saving, setSaving] = useState(false);
  const contradiction = painRatingsProblem(pain) !== undefined;
  const hadPsfs = history.psfsEntries.length > 0;

  async function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (contradiction || saving) return;
    setSaving(true);
    const date = todayIso();
    // Each entry under its own id, kept in the outbox: a resend is stored once.
    await recordEntry(store, { id: crypto.randomUUID(), kind: "pain", payload: { date, ...pain } });
    const items = psfs
      .map((item) => ({ activity: item.activity.trim(), score: item.score }))
      .filter((item) => item.activity !== "");
    if (items.length > 0) {
      await recordEntry(store, { id: crypto.randomUUID(), kind: "psfs", payload: { date, items } });
    }
    await syncNow();
    void navigate("/");
  }

  const painFields = [
    ["painNow", "onboarding.painNow", "checkpoint-pain-now"],
    ["painUsual", "onboarding.painUsual", "checkpoint-pain-usual"],
    ["painWorst", "onboarding.painWorst", "checkpoint-pain-worst"],
  ] as const;
  return (
    <form onSubmit={(event) => void onSubmit(event)} data-testid="checkpoint-form">
      <fieldset>
        <legend>{t("today.checkpoint.painTitle")}</legend>
        {painFields.map(([field, label, testId]) => (
          <ScoreField
            key={field}
            label={t(label)}
            value={pain[field]}
            onChange={(value) => {
              setPain({ ...pain, [field]: value });
            }}
            testId={testId}
          />
        ))}
        {contradiction && (
          <p className="error" role="alert" data-testid="checkpoint-pain-problem">
            {t("onboarding.worstTooLow")}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t("onboarding.psfsTitle")}</legend>
        <p>{hadPsfs ? t("today.checkpoint.psfsAgain") : t("onboarding.psfsIntro")}</p>
        {psfs.map((item, n) => (
          <div key={n}>
            <label>
              {t("onboarding.psfsActivity", { n: n + 1 })}
              <input
                type="text"
                maxLength={120}
                value={item.activity}
                onChange={(e) => {
                  setPsfs(psfs.map((other, m) => (m === n ? { ...other, activity: e.target.value } : other)));
                }}
                data-testid={`checkpoint-psfs-activity-${n}`}
              />
            </label>
            <ScoreField
              label={t("onboarding.psfsScore", { n: n + 1 })}
              value={item.score}
              onChange={(score) => {
                setPsfs(psfs.map((other, m) => (m === n ? { ...other, score } : other)));
              }}
              testId={`checkpoint-psfs-score-${n}`}
            />
          </div>
        ))}
      </fieldset>
      <button
        type="submit"
        disabled={contradiction || saving}
        aria-busy={saving}
        data-testid="save-checkpoint"
      >
        {saving ? t("checkIn.sending") : t("app.save")}
      </button>
    </form>
  );
}

/**
 * The checkpoint's ratings: pain (now, usual, worst) and the same activities as at the start, scored again, so
 * that the verdict compares like with like.
 */
export function CheckpointPage() {
  const { t } = useTranslation();
  usePageTitle(t("today.checkpoint.pageTitle"));
  const history = useHistory();
  return (
    <article data-testid="checkpoint-page">
      <h1>{t("today.checkpoint.pageTitle")}</h1>
      <p>{t("today.checkpoint.pageIntro")}</p>
      {history === null ? <p role="status">{t("app.loading")}</p> : <CheckpointForm history={history} />}
    </article>
  );
}
