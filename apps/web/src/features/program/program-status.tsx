import type { Program, ProgramRevision } from "@hipcheck/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useAppContext } from "../../app/app-context.js";
import { todayIso } from "../../app/today.js";
import { formatDay } from "../../components/format-day.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { startCheckInAgain } from "../onboarding/check-in/start-again.js";
import { isPaused, pausingRevision, recentlyResumedOn } from "./program-pause.js";

/**
 * A sharp rise in morning pain paused the program (docs/clinical §7.2: re-screen whenever pain rises sharply):
 * since when, why (the rules' own reason), and the way to the re-screen. Nothing otherwise.
 */
export function ProgramPaused({
  program,
  revisions,
}: {
  readonly program: Program;
  readonly revisions: readonly ProgramRevision[];
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const { call, store } = useAppContext();
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  if (!isPaused(program) || program.rescreen === undefined) return null;
  const why = pausingRevision(program, revisions)?.reason[lang] ?? t("programStatus.pausedWhy");
  async function rescreen() {
    setOpening(true);
    void navigate(await startCheckInAgain(call, store, "rescreen"));
  }
  return (
    <section
      className="card tier-soon"
      role="alert"
      aria-labelledby="paused-title"
      data-testid="program-paused"
      data-paused-on={program.rescreen.pausedOn}
    >
      <h2 id="paused-title">{t("programStatus.pausedTitle")}</h2>
      <p>{t("programStatus.pausedSince", { date: formatDay(program.rescreen.pausedOn, i18n.language) })}</p>
      <p data-testid="paused-why">{why}</p>
      <p>{t("programStatus.pausedNext")}</p>
      <button
        type="button"
        disabled={opening}
        aria-busy={opening}
        onClick={() => void rescreen()}
        data-testid="rescreen"
      >
        {t("programStatus.rescreen")}
      </button>
    </section>
  );
}

/** For a week after a clean re-screen: the program resumed, smaller, and the changes say by how much. */
export function ProgramResumed({ program }: { readonly program: Program }) {
  const { t, i18n } = useTranslation();
  const resumedOn = recentlyResumedOn(program, todayIso());
  if (resumedOn === undefined) return null;
  return (
    <section className="card" role="status" aria-labelledby="resumed-title" data-testid="program-resumed">
      <h2 id="resumed-title">{t("programStatus.resumedTitle")}</h2>
      <p>{t("programStatus.resumedText", { date: formatDay(resumedOn, i18n.language) })}</p>
    </section>
  );
}
