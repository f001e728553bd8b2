import { PAIN_RULE, ok, sessionStatuses, sessionStatusOf } from "@hipcheck/core";
import type { Lang, Program, SessionStatus } from "@hipcheck/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useResource } from "../../api/use-resource.js";
import { useAppContext } from "../../app/app-context.js";
import { todayIso } from "../../app/today.js";
import { loadHistory } from "../../offline/local-store.js";
import { needsMorningCheckIn } from "../session/morning-prompt.js";
import { useHeldProgram } from "../session/use-held-program.js";
import { WaitingCheckInCard } from "../session/waiting-check-in-card.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { programCalendar, upcomingSessions } from "./program-calendar.js";
import { useLatestScreen } from "../onboarding/use-latest-screen.js";
import { ProgramChanges } from "./program-changes.js";
import { ProgramPhasesLine } from "./program-phases-line.js";
import { PlannedExerciseList } from "./planned-exercise-list.js";
import { isPaused } from "./program-pause.js";
import { ProgramPaused, ProgramResumed } from "./program-status.js";
import { ScreenCautions } from "./screen-cautions.js";
import { SessionCard } from "./session-card.js";
import { useLatestAnswers } from "../onboarding/latest-answers.js";
import { ShareLinksSection } from "./share-links-section.js";
import { ProgramStopped } from "./program-stopped.js";
import { useHistory } from "../progress/use-history.js";
import { DownloadButton } from "../../components/download-button.js";
import { formatDay } from "../../components/format-day.js";
import { FileLanguageSelect } from "../../components/file-language-select.js";
import { saveBlob } from "../../api/download-route-file.js";
import { usePageTitle } from "../../components/use-page-title.js";

/** Enough to see the coming week at two to three sessions a week. */
const UPCOMING_COUNT = 3;

/**
 * The calendar is written in the browser from the program already stored on the device, so it works offline too;
 * the writer (interop's, the same the server uses) is loaded only when asked for.
 */
async function downloadIcs(program: Program, lang: Lang, reminder: string) {
  const { renderProgramIcs } = await import("@hipcheck/interop/calendar");
  const [hour, minute] = reminder.split(":").map(Number);
  const reminderTime =
    hour === undefined || minute === undefined || Number.isNaN(hour) || Number.isNaN(minute)
      ? undefined
      : { hour, minute };
  const ics = renderProgramIcs(program, { lang, ...(reminderTime === undefined ? {} : { reminderTime }) });
  saveBlob(new Blob([ics], { type: "text/calendar;charset=utf-8" }), "hipcheck-program.ics");
}

/** The handout and the calendar, in the language the person picks (the screen's by default). */
function TakeAway({ programId, program }: { readonly programId: string; readonly program: Program }) {
  const { t, i18n } = useTranslation();
  const [fileLang, setFileLang] = useState<Lang>(currentLang(i18n.language));
  const [icsFailed, setIcsFailed] = useState(false);
  // A reminder on each session day, at the time the person picks; none unless they pick one.
  const [reminder, setReminder] = useState("");
  return (
    <section className="card" aria-labelledby="take-away-title" data-testid="take-away">
      <h2 id="take-away-title">{t("sharing.takeAwayTitle")}</h2>
      <FileLanguageSelect value={fileLang} onChange={setFileLang} testId="file-language" />
      <label>
        <span>{t("sharing.reminderTime")}</span>
        <input
          type="time"
          value={reminder}
          onChange={(event) => {
            setReminder(event.target.value);
          }}
          data-testid="ics-reminder-time"
        />
      </label>
      <p className="muted">{t("sharing.reminderHint")}</p>
      <div className="actions">
        <DownloadButton
          route="getHandoutPdf"
          input={{ params: { programId }, query: { lang: fileLang } }}
          fallbackFileName={`hipcheck-program-${fileLang}.pdf`}
          label={t("sharing.handout")}
          testId="download-handout"
          primary
        />
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setIcsFailed(false);
            downloadIcs(program, fileLang, reminder).catch(() => {
              setIcsFailed(true);
            });
          }}
          data-testid="download-ics"
        >
          {t("program.downloadIcs")}
        </button>
      </div>
      {icsFailed && (
        <p className="error" role="alert">
          {t("sharing.icsFailed")}
        </p>
      )}
      <p className="muted">{t("sharing.takeAwayHint")}</p>
    </section>
  );
}

/**
 * Each session links to its player, unless it is done (its log is kept; the player would start it again), the
 * program is paused for a re-screen, or a sharp rise offline holds the sessions as the pause will (`paused`). A
 * session saved part way says so and still links to its player (decision 0810).
 */
function Calendar({
  program,
  statuses,
  paused,
}: {
  readonly program: Program;
  readonly statuses: ReadonlyMap<string, Exclude<SessionStatus, "not-done">>;
  readonly paused: boolean;
}) {
  const { t, i18n } = useTranslation();
  const today = todayIso();
  return (
    <section aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t("program.calendar")}</h2>
      {programCalendar(program).map((week, n) => (
        <div key={week[0]?.date ?? n}>
          <h3>{t("program.week", { n: n + 1 })}</h3>
          <ol className="calendar" aria-label={t("program.week", { n: n + 1 })}>
            {week.map((day) => (
              <li
                key={day.date}
                className={`day ${day.sessions[0]?.kind ?? ""} ${day.date === today ? "today" : ""}`}
              >
                <span>
                  {formatDay(day.date, i18n.language, { weekday: "short", day: "numeric", month: "short" })}
                </span>
                {day.sessions.map((session) => {
                  const label = session.kind === "strength" ? t("program.strength") : t("program.warmUp");
                  const status = sessionStatusOf(statuses, session.id);
                  const isDone = status === "done";
                  const common = {
                    style: { display: "block" },
                    "data-testid": `calendar-${session.id}`,
                    "data-done": isDone,
                    "data-status": status,
                  } as const;
                  const partly = status === "partly-done" && (
                    <span className="muted">{` ◐ ${t("sessionStatus.partlyDone")}`}</span>
                  );
                  return isDone || paused ? (
                    <span key={session.id} {...common}>
                      {label}
                      {isDone && <span className="done-mark">{` ✓ ${t("today.sessionDone")}`}</span>}
                      {partly}
                    </span>
                  ) : (
                    <Link key={session.id} to={`/session/${session.id}`} {...common}>
                      {label}
                      {partly}
                    </Link>
                  );
                })}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}

function MorningPrompt() {
  const { t } = useTranslation();
  const { store } = useAppContext();
  const ask = useResource("morning", async () => {
    const history = await loadHistory(store);
    return ok(needsMorningCheckIn(history.logs, history.checkIns, todayIso()));
  });
  if (ask.status !== "ready" || !ask.value) return null;
  return (
    <section className="card" role="status" data-testid="morning-prompt">
      <h2>{t("session.morningTitle")}</h2>
      <p>{t("session.morningPrompt")}</p>
      <Link className="button" to="/morning">
        {t("session.morningTitle")}
      </Link>
    </section>
  );
}

/** This week, the whole plan, the warm-up version for run or ride days, why it looks like this, and changes. */
export function ProgramPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("program.title"));
  const lang = currentLang(i18n.language);
  const latest = useLatestScreen();
  const history = useHistory();
  // Whether a session may start is known once the record is read: a sharp rise offline holds it (decision 0681).
  const { state, hold } = useHeldProgram(history);
  const answers = useLatestAnswers();
  if (state.status === "loading" || hold.status === "loading") return <p role="status">{t("app.loading")}</p>;
  // A later check-in with a sign that needs a clinician stops the program, whatever plan is stored.
  if (latest.status === "known" && !latest.screen.selfManagementAllowed) {
    return (
      <article data-testid="program-page">
        <h1>{t("program.title")}</h1>
        <ProgramStopped date={latest.date} screen={latest.screen} />
      </article>
    );
  }
  if (state.snapshot === null) {
    return (
      <article data-testid="program-page">
        <h1>{t("program.title")}</h1>
        <p>{t("program.none")}</p>
        <Link className="button" to="/check-in">
          {t("home.start")}
        </Link>
      </article>
    );
  }
  const { program, revisions } = state.snapshot;
  const upcoming = upcomingSessions(program, todayIso(), UPCOMING_COUNT);
  const statuses = sessionStatuses(program, history?.logs ?? []);
  const paused = isPaused(program) || hold.held;
  return (
    <article data-testid="program-page" data-program-id={state.snapshot.programId}>
      <h1>{t("program.title")}</h1>
      <ProgramPaused program={program} revisions={revisions} />
      <ProgramResumed program={program} />
      <ScreenCautions answers={answers.status === "ready" ? answers.value : undefined} />
      <MorningPrompt />
      <WaitingCheckInCard hold={hold} />
      <ProgramChanges revisions={revisions} />
      <ProgramPhasesLine phases={program.phases} />
      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t("program.upcoming")}</h2>
        <div className="cards">
          {upcoming.map((session) => (
            <SessionCard
              key={session.id}
              session={session}
              status={sessionStatusOf(statuses, session.id)}
              startable
              paused={paused}
              revisions={revisions}
            />
          ))}
        </div>
      </section>
      {program.warmUp.length > 0 && (
        <section className="card" aria-labelledby="warm-up-title">
          <h2 id="warm-up-title">{t("program.warmUp")}</h2>
          <PlannedExerciseList exercises={program.warmUp} revisions={revisions} />
        </section>
      )}
      <section className="card" aria-labelledby="pain-rule-title" data-testid="pain-rule">
        <h2 id="pain-rule-title">{t("sharing.painRuleTitle")}</h2>
        <p>{PAIN_RULE[lang]}</p>
      </section>
      <section className="card" aria-labelledby="rationale-title">
        <h2 id="rationale-title">{t("program.rationale")}</h2>
        <ul data-testid="rationale">
          {program.rationale.map((line) => (
            <li key={line.en}>{line[lang]}</li>
          ))}
        </ul>
        <ul>
          {program.checkpoints.map((checkpoint) => (
            <li key={checkpoint.week}>
              {t("program.checkpoint", { n: checkpoint.week })} ({formatDay(checkpoint.date, i18n.language)})
            </li>
          ))}
        </ul>
      </section>
      <TakeAway programId={state.snapshot.programId} program={program} />
      <Calendar program={program} statuses={statuses} paused={paused} />
      <ShareLinksSection programId={state.snapshot.programId} />
    </article>
  );
}
