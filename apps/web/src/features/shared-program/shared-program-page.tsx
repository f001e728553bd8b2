import { PAIN_RULE } from "@hipcheck/core";
import type { PlannedSession, Program } from "@hipcheck/core";
import type { ApiError } from "@hipcheck/contracts";
import { useResource } from "../../api/use-resource.js";
import type { Resource } from "../../api/use-resource.js";
import { LoadFailed, LoadingNote } from "../../components/resource-status.js";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useAppContext } from "../../app/app-context.js";
import { DownloadButton } from "../../components/download-button.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { PlannedExerciseList } from "../program/planned-exercise-list.js";
import { programCalendar } from "../program/program-calendar.js";
import { ProgramPhasesLine } from "../program/program-phases-line.js";
import { formatDay } from "../../components/format-day.js";

type SharedState =
  | { readonly status: "loading" }
  | { readonly status: "gone" }
  | { readonly status: "unreachable" }
  | { readonly status: "failed" }
  | { readonly status: "ready"; readonly program: Program };

function sharedState(resource: Resource<{ readonly program: Program }>): SharedState {
  if (resource.status === "loading") return { status: "loading" };
  if (resource.status === "ready") return { status: "ready", program: resource.value.program };
  const error: ApiError = resource.error;
  if (error.status === 0) return { status: "unreachable" };
  // A malformed token is as dead as a revoked one: both are a link that does not work.
  if (error.status === 404 || error.status === 400) return { status: "gone" };
  return { status: "failed" };
}

function SharedSession({ session }: { readonly session: PlannedSession }) {
  const { t, i18n } = useTranslation();
  const date = formatDay(session.date, i18n.language);
  return (
    <section className="card" data-testid={`shared-session-${session.id}`}>
      <h4 style={{ marginTop: 0 }}>
        {session.kind === "strength" ? t("program.strength") : t("program.warmUp")} — {date}
      </h4>
      <p className="muted">{t("program.minutes", { n: session.estimatedMinutes })}</p>
      <PlannedExerciseList exercises={session.exercises} />
    </section>
  );
}

function SharedPlan({ token, program }: { readonly token: string; readonly program: Program }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <>
      <p>{t("sharing.sharedIntro")}</p>
      <div className="actions">
        <DownloadButton
          route="getSharedHandoutPdf"
          input={{ params: { token }, query: { lang } }}
          fallbackFileName={`hipcheck-program-${lang}.pdf`}
          label={t("sharing.handout")}
          testId="download-shared-handout"
          primary
        />
      </div>
      <ProgramPhasesLine phases={program.phases} />
      {/* The pain rule every session follows, in the words of every other surface (core's pain-rule.ts). */}
      <section className="card" aria-labelledby="pain-rule-title" data-testid="shared-pain-rule">
        <h2 id="pain-rule-title">{t("sharing.painRuleTitle")}</h2>
        <p>{PAIN_RULE[lang]}</p>
      </section>
      {program.warmUp.length > 0 && (
        <section className="card" aria-labelledby="shared-warm-up-title" data-testid="shared-warm-up">
          <h2 id="shared-warm-up-title">{t("program.warmUp")}</h2>
          <PlannedExerciseList exercises={program.warmUp} />
        </section>
      )}
      <section aria-labelledby="shared-plan-title">
        <h2 id="shared-plan-title">{t("program.calendar")}</h2>
        {programCalendar(program).map((week, index) => {
          const sessions = week.flatMap((day) => day.sessions);
          return (
            <section key={week[0]?.date ?? index} aria-labelledby={`shared-week-${index + 1}`}>
              <h3 id={`shared-week-${index + 1}`}>{t("program.week", { n: index + 1 })}</h3>
              <div className="cards">
                {sessions.map((session) => (
                  <SharedSession key={session.id} session={session} />
                ))}
              </div>
            </section>
          );
        })}
      </section>
    </>
  );
}

/**
 * A program someone shared by link, for a person without an account (a class, a physiotherapist): the plan only,
 * read-only, in the reader's language. A revoked, expired or wrong link answers 404, and the page says so plainly.
 */
export function SharedProgramPage() {
  const { t } = useTranslation();
  usePageTitle(t("sharing.sharedTitle"));
  const { call } = useAppContext();
  const token = useParams().token ?? "";
  const shared = useResource(token, () => call("getSharedProgram", { params: { token } }));
  const state = sharedState(shared);
  return (
    <article data-testid="shared-program-page" data-state={state.status}>
      <h1>{t("sharing.sharedTitle")}</h1>
      {state.status === "loading" && <LoadingNote />}
      {state.status === "gone" && (
        <p className="error" role="alert" data-testid="shared-gone">
          {t("sharing.gone")}
        </p>
      )}
      {state.status === "unreachable" && (
        <p className="error" role="alert">
          {t("sharing.offline")}
        </p>
      )}
      {shared.status === "failed" && state.status === "failed" && (
        <LoadFailed problem={shared.problem} onRetry={shared.reload} />
      )}
      {state.status === "ready" && <SharedPlan token={token} program={state.program} />}
    </article>
  );
}
