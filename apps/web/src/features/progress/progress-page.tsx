import { analyzeProgress, findExercise, PERSON_READER } from "@hipcheck/core";
import type { ProgressReport } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { todayIso } from "../../app/today.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import type { LocalHistory, ProgramSnapshot } from "../../offline/local-store.js";
import { ProgramChanges } from "../program/program-changes.js";
import { useProgram } from "../program/use-program.js";
import { LineChartCard } from "./line-chart-card.js";
import { MovementChart } from "./movement-chart.js";
import { PainEntryForm } from "./pain-entry-form.js";
import { TrainingLoadSection } from "./training-load-section.js";
import { useHistory } from "./use-history.js";
import { StrengthSection } from "../strength/strength-section.js";
import { weeklyAdherence } from "./weekly-adherence.js";
import { usePageTitle } from "../../components/use-page-title.js";

const COLOURS = { now: "#1d4e89", usual: "#b5400f", worst: "#a4161a", main: "#1f6f43" };

function Verdicts({ report }: { readonly report: ProgressReport }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <section className="card" data-testid="verdicts">
      <h2>{t("progress.verdicts")}</h2>
      {report.checkpoints.length === 0 ? (
        <p>{t("progress.noData")}</p>
      ) : (
        <ul>
          {report.checkpoints.map((checkpoint) => (
            <li key={checkpoint.week} data-verdict={checkpoint.verdict}>
              {/* The explanation already opens with its week ("Week 2: …"). */}
              {checkpoint.explanation[lang]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Hip sessions done against planned, week by week: a bar chart, and the same numbers in a sentence. Sessions saved
 * part way have their own bar and words: they are not counted as done (decision 0810).
 */
export function AdherenceChart({
  snapshot,
  history,
}: {
  readonly snapshot: ProgramSnapshot;
  readonly history: LocalHistory;
}) {
  const { t } = useTranslation();
  const rows = weeklyAdherence(snapshot.program, history.logs).map((week) => ({
    ...week,
    label: t("program.week", { n: week.week }),
  }));
  const done = rows.reduce((sum, row) => sum + row.done, 0);
  const partlyDone = rows.reduce((sum, row) => sum + row.partlyDone, 0);
  return (
    <section className="card" data-testid="adherence" data-done={done} data-partly-done={partlyDone}>
      <h2>{t("progress.adherence")}</h2>
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          {/* Hidden from assistive technology (the sentence below carries its numbers): no keyboard stop. */}
          <BarChart data={rows} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} />
            <Tooltip separator={t("app.colon")} />
            <Legend />
            <Bar dataKey="planned" name={t("progress.planned")} fill="#c9d3df" isAnimationActive={false} />
            <Bar dataKey="done" name={t("progress.done")} fill={COLOURS.main} isAnimationActive={false} />
            {partlyDone > 0 && (
              <Bar
                dataKey="partlyDone"
                name={t("sessionStatus.chartPartlyDone")}
                fill={COLOURS.usual}
                isAnimationActive={false}
              />
            )}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p>
        {rows.map((row) => (
          <span key={row.week}>
            {row.label}
            {t("app.colon")}
            {row.done}/{row.planned}
            {row.partlyDone > 0 && ` ${t("sessionStatus.chartWeekPartlyDone", { count: row.partlyDone })}`}
            .{" "}
          </span>
        ))}
      </p>
    </section>
  );
}

/** The charts of one person's progress; a coach's client page shows the same, with the client's id. */
export function ProgressCharts({
  snapshot,
  history,
  personId,
  clientName,
}: {
  readonly snapshot: ProgramSnapshot;
  readonly history: LocalHistory;
  readonly personId?: string;
  /** The client's name as they gave it, for a coach's page; "this client" without one. */
  readonly clientName?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const report = analyzeProgress(
    snapshot.program,
    history.logs,
    history.painEntries,
    history.psfsEntries,
    history.checkIns,
    todayIso(),
    null,
    {
      strengthChecks: history.strengthChecks.map((stored) => stored.check),
      // The coach reads the verdicts about the client, in the third person (issue 13).
      reader: personId === undefined ? PERSON_READER : { kind: "coach", clientName: clientName ?? null },
    },
  );
  const painRows = report.painTrend.series.map((entry) => ({
    date: entry.date,
    now: entry.painNow,
    usual: entry.painUsual,
    worst: entry.painWorst,
  }));
  return (
    <>
      <Verdicts report={report} />
      <LineChartCard
        title={t("progress.pain")}
        testId="pain-chart"
        rows={painRows}
        yDomain={[0, 10]}
        series={[
          { key: "now", label: t("progress.painNow"), colour: COLOURS.now },
          { key: "usual", label: t("progress.painUsual"), colour: COLOURS.usual, dashed: true },
          { key: "worst", label: t("progress.painWorst"), colour: COLOURS.worst },
        ]}
      >
        {personId === undefined && <PainEntryForm />}
      </LineChartCard>
      <StrengthSection report={report} forCoach={personId !== undefined} />
      <TrainingLoadSection {...(personId === undefined ? {} : { personId })} />
      <LineChartCard
        title={t("progress.function")}
        testId="psfs-chart"
        rows={report.psfsTrend.series.map((point) => ({ date: point.date, psfs: point.meanScore }))}
        yDomain={[0, 10]}
        series={[{ key: "psfs", label: "PSFS", colour: COLOURS.main }]}
      />
      <AdherenceChart snapshot={snapshot} history={history} />
      <h2>{t("progress.work")}</h2>
      {report.perExercise.length === 0 && (
        <p className="muted" data-testid="exercise-work-none">
          {t("progress.workNone")}
        </p>
      )}
      <div className="cards">
        {report.perExercise.map((series) => (
          <LineChartCard
            key={series.exerciseId}
            title={findExercise(series.exerciseId)?.name[lang] ?? series.exerciseId}
            testId={`exercise-chart-${series.exerciseId}`}
            rows={series.points.map((point) => ({
              date: point.date,
              reps: point.reps ?? null,
              hold: point.holdSeconds ?? point.durationSeconds ?? null,
              pain: point.painDuring,
            }))}
            series={[
              { key: "reps", label: t("progress.repsSeries"), colour: COLOURS.now },
              { key: "hold", label: t("progress.holdSeries"), colour: COLOURS.main },
              { key: "pain", label: t("progress.painDuringSeries"), colour: COLOURS.worst, dashed: true },
            ].filter(({ key }) =>
              // A clamshell has no hold and a side plank no reps: draw only the lines with data.
              series.points.some((point) =>
                key === "reps"
                  ? point.reps !== undefined
                  : key === "hold"
                    ? (point.holdSeconds ?? point.durationSeconds) !== undefined
                    : true,
              ),
            )}
          />
        ))}
      </div>
      <MovementChart {...(personId === undefined ? {} : { personId })} />
      <ProgramChanges
        revisions={snapshot.revisions}
        program={snapshot.program}
        forCoach={personId !== undefined}
      />
    </>
  );
}

/**
 * Is it working? Pain, training load beside it, function, work done, adherence, movement per side, and the
 * checkpoint verdicts.
 */
export function ProgressPage() {
  const { t } = useTranslation();
  usePageTitle(t("progress.title"));
  const program = useProgram();
  const history = useHistory();
  return (
    <article data-testid="progress-page">
      <h1>{t("progress.title")}</h1>
      {program.status === "loading" || history === null ? (
        <p role="status">{t("app.loading")}</p>
      ) : program.snapshot === null ? (
        <p>{t("program.none")}</p>
      ) : (
        <ProgressCharts snapshot={program.snapshot} history={history} />
      )}
    </article>
  );
}
