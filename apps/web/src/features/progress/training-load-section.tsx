import { useState } from "react";
import type { ChangeEvent } from "react";
import { ok } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { ScrollableTable } from "../../components/scrollable-table.js";
import { TechnicalDetail } from "../../components/technical-detail.js";
import { formatDay } from "../../components/format-day.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { activityFileBody } from "./activity-file-body.js";
import { activityRows } from "./activity-rows.js";
import type { ActivityRow } from "./activity-rows.js";
import { TrainingLoadChart } from "./training-load-chart.js";
import { useResource } from "../../api/use-resource.js";
import { ResourceStatus } from "../../components/resource-status.js";
import { keptAnswer } from "../../offline/kept-answer.js";
import { keepTrainingLoad, loadTrainingLoad } from "../../offline/local-store.js";
import type { TrainingLoad } from "../../offline/local-store.js";

type ImportOutcome = {
  readonly fileName: string;
  readonly outcome: "importing" | "added" | "already-imported" | "failed";
  readonly text: string;
  /** The server's own words about a refused file, when `text` does not already say them. */
  readonly detail?: string;
};

/**
 * FIT, GPX and TCX, also gzipped as Strava's bulk export keeps them (`.fit.gz`: decision 0925) and zipped as Garmin
 * Connect's "Export Original" gives them (decision 0926).
 */
const ACCEPTED_FILES = ".fit,.gpx,.tcx,.gz,.zip";
const BYTES_PER_MIB = 1024 * 1024;

function Repetitions({ row }: { readonly row: ActivityRow }) {
  const { t, i18n } = useTranslation();
  const numbers = new Intl.NumberFormat(currentLang(i18n.language));
  if (row.repetitions === null) return <>–</>;
  const count = numbers.format(row.repetitions.count);
  return (
    <>
      {t(row.repetitions.kind === "steps" ? "load.steps" : "load.pedalStrokes", { n: count })}
      {row.repetitions.estimated && (
        <>
          {" "}
          <span className="muted" data-testid="estimated">
            ({t(row.sport === "running" ? "load.estimatedRunning" : "load.estimated")})
          </span>
        </>
      )}
    </>
  );
}

function ActivityTable({ rows }: { readonly rows: readonly ActivityRow[] }) {
  const { t, i18n } = useTranslation();
  const numbers = new Intl.NumberFormat(currentLang(i18n.language));
  return (
    <section className="card" data-testid="activity-list" data-activities={rows.length}>
      <h3>{t("load.activities")}</h3>
      {rows.length === 0 ? (
        <p>{t("load.noActivities")}</p>
      ) : (
        <ScrollableTable label={t("load.activities")}>
          <thead>
            <tr>
              <th scope="col">{t("load.date")}</th>
              <th scope="col">{t("load.sport")}</th>
              <th scope="col">{t("load.duration")}</th>
              <th scope="col">{t("load.distance")}</th>
              <th scope="col">{t("load.cadence")}</th>
              <th scope="col">{t("load.repetitions")}</th>
              <th scope="col">{t("load.file")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.activityId}
                data-testid="activity-row"
                data-date={row.date}
                data-sport={row.sport}
                data-repetitions={row.repetitions?.count ?? ""}
                data-estimated={row.repetitions?.estimated ?? ""}
              >
                <th scope="row">{formatDay(row.date, i18n.language)}</th>
                <td>{t(`load.sports.${row.sport}`)}</td>
                <td>{t("load.minutes", { n: numbers.format(row.durationMinutes) })}</td>
                <td>{row.distanceKm === null ? "–" : t("load.km", { n: numbers.format(row.distanceKm) })}</td>
                <td>
                  {row.cadencePerMin === null
                    ? "–"
                    : t("load.perMinute", { n: numbers.format(row.cadencePerMin) })}
                </td>
                <td>
                  <Repetitions row={row} />
                </td>
                <td>{row.fileName}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </section>
  );
}

/**
 * Runs and rides from the person's own files (FIT, GPX, TCX) counted as knee repetitions, week by week
 * beside pain. Seed 001: "Think of how many steps you take on your daily walk/run or how many pedal strokes
 * you take in a 30-minute bike ride." A coach passes the client's id and sees the same, without the upload.
 */
export function TrainingLoadSection({ personId }: { readonly personId?: string }) {
  const { t, i18n } = useTranslation();
  const { call, store, sync } = useAppContext();
  const [outcomes, setOutcomes] = useState<readonly ImportOutcome[]>([]);
  const [imports, setImports] = useState(0);

  // Reread after every sync too: a pain entry logged on this page reaches the server's weekly figures then. The
  // person's own are kept on the device as read, and drawn from there offline (decision 0890); a client's are not.
  const query = personId === undefined ? {} : { personId };
  const resource = useResource<TrainingLoad>(
    personId ?? "self",
    async () => {
      const [activities, load] = await Promise.all([
        call("listActivities", { query }),
        call("getTrainingLoad", { query }),
      ]);
      const answer = !activities.ok
        ? activities
        : !load.ok
          ? load
          : ok({ activities: activities.value, load: load.value });
      return keptAnswer(personId, answer, {
        keep: (trainingLoad) => keepTrainingLoad(store, trainingLoad),
        load: () => loadTrainingLoad(store),
      });
    },
    { version: `${sync.pending}/${sync.rounds}/${imports}` },
  );
  const loaded = resource.status === "ready" ? resource.value : null;

  async function importFile(file: File): Promise<ImportOutcome> {
    const body = await activityFileBody(file);
    if (!body.ok) {
      const mib = body.error.limitBytes / BYTES_PER_MIB;
      return { fileName: file.name, outcome: "failed", text: t("load.tooLarge", { file: file.name, mib }) };
    }
    const result = await call("importActivities", { body: body.value });
    if (!result.ok) {
      const problem = describeApiError(result.error, i18n, "activity-import");
      // The file reader names the file itself ("ride.fit: This is not a FIT file…"); it is named once here.
      const prefix = `${file.name}: `;
      const message = problem.text.startsWith(prefix) ? problem.text.slice(prefix.length) : problem.text;
      return {
        fileName: file.name,
        outcome: "failed",
        text: t("load.failed", { file: file.name, message }),
        ...(problem.detail === undefined ? {} : { detail: problem.detail }),
      };
    }
    const { added, alreadyImported } = result.value;
    return added.length > 0
      ? {
          fileName: file.name,
          outcome: "added",
          text: t("load.added", { file: file.name, count: added.length }),
        }
      : {
          fileName: file.name,
          outcome: "already-imported",
          text: t("load.alreadyImported", { file: file.name, count: alreadyImported }),
        };
  }

  async function importFiles(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    // Cleared at once so that choosing the same file again fires a change and shows "already imported".
    input.value = "";
    const done: ImportOutcome[] = [];
    for (const file of files) {
      setOutcomes([
        ...done,
        { fileName: file.name, outcome: "importing", text: t("load.importing", { file: file.name }) },
      ]);
      done.push(await importFile(file));
    }
    setOutcomes(done);
    setImports((count) => count + 1);
  }

  return (
    <section data-testid="training-load" data-loaded={loaded !== null}>
      <h2>{t("load.title")}</h2>
      <p>{personId === undefined ? t("load.intro") : t("load.introCoach")}</p>
      {personId === undefined && (
        <div className="card">
          <label>
            {t("load.files")}
            <input
              type="file"
              multiple
              accept={ACCEPTED_FILES}
              onChange={(event) => void importFiles(event)}
              data-testid="activity-files"
            />
          </label>
          <ul aria-live="polite" data-testid="import-outcomes">
            {outcomes.map((outcome, n) => (
              <li
                key={`${outcome.fileName}-${n}`}
                data-testid="import-outcome"
                data-file={outcome.fileName}
                data-outcome={outcome.outcome}
                className={
                  outcome.outcome === "failed" ? "error" : outcome.outcome === "importing" ? undefined : "ok"
                }
              >
                {outcome.text}
                <TechnicalDetail detail={outcome.detail} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <ResourceStatus resource={resource} />
      {loaded !== null && (
        <>
          <TrainingLoadChart weeks={loaded.load.weeks} forCoach={personId !== undefined} />
          <ActivityTable rows={activityRows(loaded.activities)} />
        </>
      )}
    </section>
  );
}
