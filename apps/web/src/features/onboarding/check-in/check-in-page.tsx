import { screenRedFlags } from "@hipcheck/core";
import { useState } from "react";
import type { ReactNode, SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useParams } from "react-router";
import { describeApiError } from "../../../api/describe-api-error.js";
import { TechnicalDetail } from "../../../components/technical-detail.js";
import { usePageTitle } from "../../../components/use-page-title.js";
import { currentLang } from "../../../i18n/setup-i18n.js";
import { toAnswers } from "../answers-draft.js";
import type { AnswersDraft } from "../answers-draft.js";
import { AboutStep } from "./about-step.js";
import { ActivitiesStep } from "./activities-step.js";
import { CHECK_IN_STEPS, checkInPath, isCheckInStep, reachableStep, stepProblems } from "./check-in-steps.js";
import type { CheckInStep, StepProblem } from "./check-in-steps.js";
import { SafetyStep } from "./safety-step.js";
import { SelfCheckStep } from "./self-check-step.js";
import type { StepProps } from "./step-props.js";
import { SymptomsStep } from "./symptoms-step.js";
import { useCheckInDraft } from "./use-check-in-draft.js";
import { useSubmitCheckIn } from "./use-submit-check-in.js";

const STEP_VIEWS: Record<CheckInStep, (props: StepProps) => ReactNode> = {
  about: AboutStep,
  "self-check": SelfCheckStep,
  symptoms: SymptomsStep,
  safety: SafetyStep,
  activities: ActivitiesStep,
};

/** The test id each step's form carries (kept from the single-page check-in, which the journeys use). */
const STEP_TEST_IDS: Record<CheckInStep, string> = {
  about: "step-about",
  "self-check": "step-selfCheck",
  symptoms: "step-symptoms",
  safety: "step-redFlags",
  activities: "step-activities",
};

/** A sign that stops self-management ends the check-in at once: questions about training would delay the advice. */
function stopsAtSafety(step: CheckInStep, draft: AnswersDraft, lang: "en" | "fr"): boolean {
  if (step !== "safety" || stepProblems("safety", draft).length > 0) return false;
  const answers = toAnswers(draft, lang);
  return answers.ok && !screenRedFlags(answers.value).selfManagementAllowed;
}

function StepForm({ step, draft, update }: StepProps & { readonly step: CheckInStep }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const navigate = useNavigate();
  const { submit, sending, problems, serverError } = useSubmitCheckIn();
  const [stepProblemsShown, setStepProblemsShown] = useState<readonly StepProblem[]>([]);
  const index = CHECK_IN_STEPS.indexOf(step);
  const next = CHECK_IN_STEPS[index + 1];
  const sendsNow = next === undefined || stopsAtSafety(step, draft, lang);
  const serverProblem = serverError === null ? null : describeApiError(serverError, i18n);
  const StepView = STEP_VIEWS[step];

  function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = stepProblems(step, draft);
    setStepProblemsShown(found);
    if (found.length > 0) return;
    if (sendsNow) void submit(draft);
    else void navigate(checkInPath(next));
  }

  return (
    <form onSubmit={onSubmit} data-testid={STEP_TEST_IDS[step]} noValidate>
      <StepView draft={draft} update={update} />
      {stepProblemsShown.length > 0 && (
        <ul className="error" role="alert" data-testid="step-problems">
          {stepProblemsShown.map((problem) => (
            <li key={problem} data-problem={problem}>
              {t(`checkIn.problem.${problem}`)}
            </li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <div className="error" role="alert" data-testid="problems">
          {t("onboarding.invalid", {
            problems: problems.map((p) => `${p.field}${t("app.colon")}${p.message}`).join("; "),
          })}
        </div>
      )}
      {serverProblem !== null && (
        <>
          <p className="error" role="alert">
            {serverProblem.text}
          </p>
          <TechnicalDetail detail={serverProblem.detail} />
        </>
      )}
      <div className="actions">
        {index > 0 && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              void navigate(-1);
            }}
            data-testid="back"
          >
            {t("app.back")}
          </button>
        )}
        <button type="submit" data-testid="next" disabled={sending} aria-busy={sending}>
          {sending ? t("checkIn.sending") : sendsNow ? t("onboarding.submit") : t("app.next")}
        </button>
      </div>
    </form>
  );
}

/**
 * The check-in: about you, the seed 001 self-check, symptoms, the safety screen, then sports and days. Each step
 * has its own address; the answers are kept on the device, after sending too, so that Back from the result finds
 * them (decisions 0800, 0850).
 */
export function CheckInPage() {
  const { t } = useTranslation();
  usePageTitle(t("onboarding.title"));
  const { step: asked } = useParams();
  const state = useCheckInDraft();
  if (state.status === "loading") return <p role="status">{t("app.loading")}</p>;
  const step = reachableStep(isCheckInStep(asked) ? asked : "about", state.draft);
  if (step !== asked) return <Navigate to={checkInPath(step)} replace />;
  const index = CHECK_IN_STEPS.indexOf(step);
  return (
    <article data-testid="check-in-page" data-step={step}>
      <h1>{t("onboarding.title")}</h1>
      <p className="muted" aria-live="polite">
        {t("onboarding.stepOf", { step: index + 1, total: CHECK_IN_STEPS.length })}
      </p>
      <StepForm key={step} step={step} draft={state.draft} update={state.update} />
    </article>
  );
}
