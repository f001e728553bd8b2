import { useTranslation } from "react-i18next";
import { useAppContext } from "../../app/app-context.js";
import { useResource } from "../../api/use-resource.js";
import { formatDay } from "../../components/format-day.js";
import { ResourceStatus } from "../../components/resource-status.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { intakeSummary } from "./client-intake.js";

/**
 * What the client answered at their latest check-in, for their coach: which knee, where and how long it hurts, the
 * pain scores, sports, equipment and days. Sentences about the client, never to them.
 */
export function ClientIntake({ clientId }: { readonly clientId: string }) {
  const { t, i18n } = useTranslation();
  const { call } = useAppContext();
  const resource = useResource(clientId, () => call("getLatestAnswers", { query: { personId: clientId } }));
  const list = (items: readonly string[]) => items.join(", ");
  let body;
  if (resource.status !== "ready") {
    body = <ResourceStatus resource={resource} testId="client-intake-failed" />;
  } else if (resource.value === null) {
    body = <p>{t("coachIntake.none")}</p>;
  } else {
    const latest = resource.value;
    const summary = intakeSummary(latest.answers, currentLang(i18n.language));
    const symptoms = summary.symptoms;
    body = (
      <>
        <p className="muted">
          {t("coachIntake.answeredOn", { date: formatDay(latest.date, i18n.language) })}
        </p>
        <ul data-testid="client-intake-answers">
          {symptoms === null ? (
            <li data-testid="client-intake-where">{t("coachIntake.noPain")}</li>
          ) : (
            <>
              <li data-testid="client-intake-where">
                {t("coachIntake.where", { knee: symptoms.knee, locations: list(symptoms.locations) })}
              </li>
              {symptoms.aggravators.length > 0 && (
                <li>{t("coachIntake.worse", { aggravators: list(symptoms.aggravators) })}</li>
              )}
              <li>
                {symptoms.durationWeeks === 0
                  ? t("coachIntake.durationUnderWeek")
                  : t("coachIntake.duration", { count: symptoms.durationWeeks })}
              </li>
              <li data-testid="client-intake-pain">
                {t("coachIntake.pain", {
                  now: symptoms.painNow,
                  usual: symptoms.painUsual,
                  worst: symptoms.painWorst,
                })}
              </li>
            </>
          )}
          <li data-testid="client-intake-sports">
            {summary.sports.length === 0
              ? t("coachIntake.noSports")
              : t("coachIntake.sports", {
                  sports: list(
                    summary.sports.map((item) =>
                      t("coachIntake.sport", {
                        sport: item.sport,
                        sessions: item.sessionsPerWeek,
                        minutes: item.minutesPerSession,
                      }),
                    ),
                  ),
                })}
          </li>
          <li data-testid="client-intake-equipment">
            {summary.equipment.length === 0
              ? t("coachIntake.noEquipment")
              : t("coachIntake.equipment", { equipment: list(summary.equipment) })}
          </li>
          <li data-testid="client-intake-days">
            {summary.days.length === 0
              ? t("coachIntake.noDays")
              : t("coachIntake.days", { days: list(summary.days) })}
          </li>
        </ul>
      </>
    );
  }
  return (
    <section className="card" aria-labelledby="client-intake-title" data-testid="client-intake">
      <h2 id="client-intake-title">{t("coachIntake.title")}</h2>
      {body}
    </section>
  );
}
