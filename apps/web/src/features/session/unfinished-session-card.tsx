import type { PlannedSession } from "@hipcheck/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAppContext } from "../../app/app-context.js";
import { formatDay } from "../../components/format-day.js";
import { queueSessionLog } from "./pain-after.js";
import { exercisesWithWork, forgetSessionDraft, saveSessionDraft } from "./session-draft.js";
import type { SessionDraft } from "./session-draft.js";

/**
 * Met when a session starts while another was left part way on this device (decision 0780): starting would replace
 * the other's draft, so the person chooses first. Going back opens it where it was left; saving queues its log as it
 * stands, marked not completed, under the id made when it started (so a repeat is stored once); starting without it
 * drops its work, and the words say so before the choice. Each session's draft is kept apart (decision 0811), so
 * nothing is replaced meanwhile: the question is whether its work ever reaches the rules.
 */
export function UnfinishedSessionCard({
  unfinished,
  itsSession,
  accountId,
  onChosen,
}: {
  readonly unfinished: SessionDraft;
  /** The planned session the draft belongs to, when the program still holds it; else it can only be left. */
  readonly itsSession: PlannedSession | undefined;
  readonly accountId: string;
  /** The person chose to start this session: after saving the other's work (its day given), or without keeping it. */
  readonly onChosen: (savedDay: string | undefined) => void;
}) {
  const { t, i18n } = useTranslation();
  const { store, syncNow } = useAppContext();
  const [saving, setSaving] = useState(false);
  // Clicks arrive faster than React re-renders: the guard must hold from the first one.
  const savingNow = useRef(false);
  const day = formatDay(unfinished.date, i18n.language);

  async function save(session: PlannedSession) {
    if (savingNow.current) return;
    savingNow.current = true;
    setSaving(true);
    await queueSessionLog(store, unfinished, session, false);
    saveSessionDraft(localStorage, accountId, { ...unfinished, savedAt: new Date().toISOString() });
    onChosen(day);
    await syncNow();
  }

  return (
    <section
      className="card"
      role="alert"
      aria-labelledby="unfinished-title"
      data-testid="unfinished-session"
    >
      <h2 id="unfinished-title">{t("unfinishedSession.title")}</h2>
      <p>{t("unfinishedSession.body", { day, count: exercisesWithWork(unfinished) })}</p>
      <div className="actions">
        {itsSession !== undefined && (
          <>
            <Link
              className="button"
              to={`/session/${unfinished.plannedSessionId}`}
              data-testid="unfinished-resume"
            >
              {t("unfinishedSession.resume")}
            </Link>
            <button
              type="button"
              onClick={() => void save(itsSession)}
              disabled={saving}
              aria-busy={saving}
              data-testid="unfinished-save"
            >
              {saving ? t("unfinishedSession.saving") : t("unfinishedSession.save")}
            </button>
          </>
        )}
        <button
          type="button"
          className="secondary"
          onClick={() => {
            forgetSessionDraft(localStorage, accountId, unfinished);
            onChosen(undefined);
          }}
          disabled={saving}
          data-testid="unfinished-leave"
        >
          {t("unfinishedSession.leave")}
        </button>
      </div>
      <p className="muted">{t("unfinishedSession.leaveNote")}</p>
    </section>
  );
}
