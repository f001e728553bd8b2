import {
  doneSessionIds,
  programWeekSessions,
  sessionStatuses,
  sessionStatusOf,
  strengthCheckDue,
} from "@hipcheck/core";
import type { Program, ProgramRevision, SessionStatus } from "@hipcheck/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useAppContext } from "../../app/app-context.js";
import { todayIso } from "../../app/today.js";
import { formatDay } from "../../components/format-day.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import type { LocalHistory } from "../../offline/local-store.js";
import { startCheckInAgain } from "../onboarding/check-in/start-again.js";
import type { ChangeReason } from "../onboarding/check-in/start-again.js";
import { useLatestScreen } from "../onboarding/use-latest-screen.js";
import { useLatestAnswers } from "../onboarding/latest-answers.js";
import { isPaused } from "../program/program-pause.js";
import { ProgramPaused, ProgramResumed } from "../program/program-status.js";
import { ScreenCautions } from "../program/screen-cautions.js";
import { SessionCard } from "../program/session-card.js";
import { ProgramChanges } from "../program/program-changes.js";
import { ProgramStopped } from "../program/program-stopped.js";
import { useHistory } from "../progress/use-history.js";
import { needsMorningCheckIn } from "../session/morning-prompt.js";
import { useHeldProgram } from "../session/use-held-program.js";
import { WaitingCheckInCard } from "../session/waiting-check-in-card.js";
import { dueCheckpoint, todaySession } from "./today-plan.js";

/** The latest changes shown on Today; the program page lists them all. */
const CHANGES_SHOWN = 2;

type Statuses = ReadonlyMap<string, Exclude<SessionStatus, "not-done">>;

function NextSession({
  program,
  revisions,
  done,
  statuses,
  held,
}: {
  readonly program: Program;
  readonly revisions: readonly ProgramRevision[];
  readonly done: ReadonlySet<string>;
  /** A session saved part way is not done: it is still today's session, and says so (decision 0810). */
  readonly statuses: Statuses;
  /** A sharp rise offline holds the session as the pause will (decision 0681). */
  readonly held: boolean;
}) {
  const { t } = useTranslation();
  const plan = todaySession(program, done, todayIso());
  const next =
    plan.kind === "session-today" ? plan.session : plan.kind === "program-ended" ? null : plan.next;
  return (
    <section aria-labelledby="today-session-title" data-testid="today-session" data-kind={plan.kind}>
      <h2 id="today-session-title">{t(`today.session.${plan.kind}`)}</h2>
      {plan.kind === "rest-day" && <p data-testid="rest-day-why">{t("today.restDayWhy")}</p>}
      {plan.kind === "done-today" && <p>{t("today.doneTodayText")}</p>}
      {plan.kind === "program-ended" && <p>{t("today.programEndedText")}</p>}
      {next !== null && (
        <SessionCard
          session={next}
          status={sessionStatusOf(statuses, next.id)}
          startable={plan.kind === "session-today"}
          paused={isPaused(program) || held}
          revisions={revisions}
        />
      )}
    </section>
  );
}

function MorningCard({ history }: { readonly history: LocalHistory }) {
  const { t } = useTranslation();
  const today = todayIso();
  if (history.checkIns.some((checkIn) => checkIn.date === today)) {
    return (
      <p className="muted" data-testid="today-morning-done">
        {t("today.morningDone")}
      </p>
    );
  }
  if (!needsMorningCheckIn(history.logs, history.checkIns, today)) return null;
  return (
    <section className="card" role="status" data-testid="today-morning">
      <h2>{t("session.morningTitle")}</h2>
      <p>{t("session.morningPrompt")}</p>
      <Link className="button" to="/morning">
        {t("session.morningTitle")}
      </Link>
    </section>
  );
}

function CheckpointCard({ program, history }: { readonly program: Program; readonly history: LocalHistory }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const due = dueCheckpoint(program, history, todayIso());
  if (due === null) return null;
  const week = due.checkpoint.week;
  const title = due.isLast
    ? t("today.checkpoint.titleLast", { week })
    : t("today.checkpoint.title", { week });
  return (
    <section
      className="card"
      aria-labelledby="checkpoint-title"
      data-testid="today-checkpoint"
      data-status={due.status}
      data-week={week}
    >
      <h2 id="checkpoint-title">{title}</h2>
      {due.status === "rate" && (
        <>
          <p>{t("today.checkpoint.rate", { date: formatDay(due.checkpoint.date, i18n.language) })}</p>
          <Link className="button" to="/checkpoint" data-testid="rate-checkpoint">
            {t("today.checkpoint.rateButton")}
          </Link>
        </>
      )}
      {due.status === "waiting" && (
        <p>{t("today.checkpoint.waiting", { date: formatDay(due.checkpoint.date, i18n.language) })}</p>
      )}
      {due.status === "verdict" && (
        <>
          <p data-testid="checkpoint-verdict" data-verdict={due.verdict.verdict}>
            {due.verdict.explanation[lang]}
          </p>
          <Link to="/progress">{t("today.checkpoint.seeProgress")}</Link>
        </>
      )}
    </section>
  );
}

/** A strength check when one is due (baseline, weeks 2, 4, 6): offered, never in the way of a session. */
function StrengthCard({ program, history }: { readonly program: Program; readonly history: LocalHistory }) {
  const { t } = useTranslation();
  const due = strengthCheckDue(
    program,
    history.strengthChecks.map((stored) => stored.check),
    todayIso(),
  );
  if (due === null) return null;
  return (
    <section
      className="card"
      aria-labelledby="strength-due-title"
      data-testid="today-strength"
      data-due={due.kind}
    >
      <h2 id="strength-due-title">
        {due.kind === "baseline"
          ? t("strength.due.baseline")
          : t("strength.due.checkpoint", { week: due.week })}
      </h2>
      <p>{t("strength.due.text")}</p>
      <Link className="button secondary" to="/strength" data-testid="today-strength-open">
        {t("strength.due.button")}
      </Link>
    </section>
  );
}

function WeekCard({ program, statuses }: { readonly program: Program; readonly statuses: Statuses }) {
  const { t } = useTranslation();
  const week = programWeekSessions(program, statuses, todayIso());
  return (
    <section className="card" aria-labelledby="week-title" data-testid="today-adherence">
      <h2 id="week-title">{t("today.weekTitle", { week: week.week })}</h2>
      <p>{t("today.weekDone", { done: week.done, planned: week.planned })}</p>
      {week.partlyDone > 0 && (
        <p className="muted" data-testid="today-partly-done">
          {t("sessionStatus.weekPartlyDone", { count: week.partlyDone })}
        </p>
      )}
      <progress
        max={Math.max(1, week.planned)}
        value={week.done}
        aria-label={t("today.weekTitle", { week: week.week })}
      />
    </section>
  );
}

/** The way back to the check-in when something has changed: the safety questions are asked again. */
function SomethingChanged() {
  const { t } = useTranslation();
  const { call, store } = useAppContext();
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  async function open(reason: ChangeReason) {
    setOpening(true);
    void navigate(await startCheckInAgain(call, store, reason));
  }
  return (
    <section className="card" aria-labelledby="changed-title" data-testid="something-changed">
      <h2 id="changed-title">{t("today.changedTitle")}</h2>
      <p>{t("today.changedText")}</p>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={opening}
          onClick={() => void open("knee-worse")}
          data-testid="changed-worse"
        >
          {t("today.kneeWorse")}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={opening}
          onClick={() => void open("new-injury")}
          data-testid="changed-injury"
        >
          {t("today.newInjury")}
        </button>
      </div>
    </section>
  );
}

/**
 * The signed-in home: today's session or rest day, the next-morning check-in, the checkpoint's ratings and
 * verdict, what changed in the program and why, this week's sessions, and the way back to the check-in.
 */
export function TodayPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("today.title"));
  const history = useHistory();
  const { state, hold } = useHeldProgram(history);
  const latest = useLatestScreen();
  const answers = useLatestAnswers();
  if (state.status === "loading" || history === null || hold.status === "loading") {
    return <p role="status">{t("app.loading")}</p>;
  }
  if (latest.status === "known" && !latest.screen.selfManagementAllowed) {
    return (
      <article data-testid="today-page">
        <h1>{t("today.title")}</h1>
        <ProgramStopped date={latest.date} screen={latest.screen} />
      </article>
    );
  }
  if (state.snapshot === null) {
    return (
      <article data-testid="today-page">
        <h1>{t("today.title")}</h1>
        <p>{t("today.noProgram")}</p>
        <Link className="button" to="/check-in" data-testid="start-check-in">
          {t("home.start")}
        </Link>
      </article>
    );
  }
  const { program, revisions } = state.snapshot;
  const done = doneSessionIds(program, history.logs);
  const statuses = sessionStatuses(program, history.logs);
  return (
    <article data-testid="today-page" data-program-id={state.snapshot.programId}>
      <h1>{t("today.title")}</h1>
      <p className="muted">{formatDay(todayIso(), i18n.language)}</p>
      <ProgramPaused program={program} revisions={revisions} />
      <ProgramResumed program={program} />
      <WaitingCheckInCard hold={hold} />
      <NextSession program={program} revisions={revisions} done={done} statuses={statuses} held={hold.held} />
      <MorningCard history={history} />
      <CheckpointCard program={program} history={history} />
      <StrengthCard program={program} history={history} />
      <ProgramChanges revisions={revisions.slice(-CHANGES_SHOWN)} />
      <ScreenCautions answers={answers.status === "ready" ? answers.value : undefined} />
      <WeekCard program={program} statuses={statuses} />
      <p>
        <Link to="/program" data-testid="see-program">
          {t("today.seeProgram")}
        </Link>
      </p>
      <SomethingChanged />
    </article>
  );
}
