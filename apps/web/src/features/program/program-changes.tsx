import { describeDose, findExercise } from "@hipcheck/core";
import type { Dose, ProgramRevision } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { formatInstantDay } from "../../components/format-day.js";
import { currentLang } from "../../i18n/setup-i18n.js";

function describeSide(value: string | Dose, lang: "en" | "fr"): string {
  return typeof value === "string" ? (findExercise(value)?.name[lang] ?? value) : describeDose(value, lang);
}

/** Every change to the program, newest first, with who made it and the reason the person reads. */
export function ProgramChanges({ revisions }: { readonly revisions: readonly ProgramRevision[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  if (revisions.length === 0) return null;
  return (
    <section className="card" aria-labelledby="changes-title" data-testid="program-changes">
      <h2 id="changes-title">{t("program.changes")}</h2>
      <ul>
        {[...revisions].reverse().map((revision) => (
          <li key={revision.revision} data-testid={`revision-${revision.revision}`}>
            <p className="muted">
              {t("program.changedBy", {
                who: t(`program.author.${revision.changedBy}`),
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
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
