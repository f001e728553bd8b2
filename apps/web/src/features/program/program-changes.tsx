import { describeDose, findExercise } from "@hipcheck/core";
import type { Dose, Program, ProgramChange, ProgramRevision } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { formatInstantDay } from "../../components/format-day.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { todayIso } from "../../app/today.js";
import { formatWeekSpans, weekSpans, weeksWithExercise } from "./edit-weeks.js";

function describeSide(value: string | Dose, lang: "en" | "fr"): string {
  return typeof value === "string" ? (findExercise(value)?.name[lang] ?? value) : describeDose(value, lang);
}

/** The weeks a change holds now: from its day on, the exercise it leaves in place (the new one for a swap). */
function changedWeeks(program: Program, revision: ProgramRevision, change: ProgramChange): number[] {
  const exerciseId = typeof change.to === "string" ? change.to : change.exerciseId;
  return weeksWithExercise(program, exerciseId, todayIso(new Date(revision.changedAt)));
}

/**
 * Every change to the program, newest first, with who made it, the reason the person reads and, given the
 * program, the weeks each change is in. A coach reads it about their client (`forCoach`), the person about
 * themselves.
 */
export function ProgramChanges({
  revisions,
  program,
  forCoach = false,
}: {
  readonly revisions: readonly ProgramRevision[];
  readonly program?: Program;
  readonly forCoach?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  if (revisions.length === 0) return null;
  return (
    <section className="card" aria-labelledby="changes-title" data-testid="program-changes">
      <h2 id="changes-title">{t(forCoach ? "coachViews.changes" : "program.changes")}</h2>
      <ul>
        {[...revisions].reverse().map((revision) => (
          <li key={revision.revision} data-testid={`revision-${revision.revision}`}>
            <p className="muted">
              {t("program.changedBy", {
                who: t(`${forCoach ? "coachViews" : "program"}.author.${revision.changedBy}`),
                date: formatInstantDay(revision.changedAt, i18n.language),
              })}
            </p>
            <p data-testid="revision-reason">
              <strong>{revision.reason[lang]}</strong>
            </p>
            {revision.reasonWrittenIn !== undefined && revision.reasonWrittenIn !== lang && (
              <p className="muted" data-testid="revision-reason-original">
                {t("coaching.reasonOriginal", {
                  language: t(`coaching.languageName.${revision.reasonWrittenIn}`),
                })}
              </p>
            )}
            <ul>
              {revision.changes.map((change) => (
                <li key={`${change.exerciseId}-${JSON.stringify(change.to)}`}>
                  {describeSide(change.from, lang)} → {describeSide(change.to, lang)}
                  {program !== undefined && <WeeksOf weeks={changedWeeks(program, revision, change)} />}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function WeeksOf({ weeks }: { readonly weeks: readonly number[] }) {
  const { t } = useTranslation();
  if (weeks.length === 0) return null;
  return (
    <>
      {" "}
      <span className="muted" data-testid="revision-weeks">
        {t("editWeeks.changed", { count: weeks.length, weeks: formatWeekSpans(weekSpans(weeks)) })}
      </span>
    </>
  );
}
