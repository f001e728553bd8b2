import { useState } from "react";
import type { ReactNode, SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import {
  AGGRAVATORS,
  AGGRAVATOR_LABELS,
  EQUIPMENT,
  EQUIPMENT_LABELS,
  INJURY_QUESTIONS,
  KNEE_SIDES,
  KNEE_SIDE_LABELS,
  PAIN_LOCATIONS,
  PAIN_LOCATION_LABELS,
  RED_FLAG_QUESTIONS,
  SELF_CHECK_QUESTIONS,
  WEEKDAYS,
  WEEKDAY_LABELS,
  painRatingsProblem,
  screenRedFlags,
} from "@hipcheck/core";
import type { RedFlagAnswers, SelfCheck } from "@hipcheck/core";
import type { ApiError } from "@hipcheck/contracts";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { ChoiceGroup } from "../../components/choice-group.js";
import { ScoreField } from "../../components/score-field.js";
import { TechnicalDetail } from "../../components/technical-detail.js";
import { YesNoField } from "../../components/yes-no-field.js";
import { todayIso } from "../../app/today.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { saveAnswers, saveProgram } from "../../offline/local-store.js";
import { recordBaseline } from "./record-baseline.js";
import { ActivitiesFields } from "./activities-fields.js";
import { emptyDraft, missingTrainingDays, toAnswers, toggled } from "./answers-draft.js";
import type { AnswersDraft, DraftProblem } from "./answers-draft.js";
import { SelfCheckResultCard } from "./self-check-result-card.js";
import { usePageTitle } from "../../components/use-page-title.js";

const STEPS = ["about", "selfCheck", "symptoms", "redFlags", "activities"] as const;
type Step = (typeof STEPS)[number];

/** The check-in: about you, the seed 001 self-check, symptoms, the red-flag screen, then sports and days. */
export function CheckInPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("onboarding.title"));
  const lang = currentLang(i18n.language);
  const navigate = useNavigate();
  const { call, store, syncNow } = useAppContext();
  const [draft, setDraft] = useState<AnswersDraft>(emptyDraft);
  const [step, setStep] = useState<Step>("about");
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const serverProblem = serverError === null ? null : describeApiError(serverError, i18n);
  const update = (change: (next: AnswersDraft) => void) => {
    setDraft((previous) => {
      const next = structuredClone(previous);
      change(next);
      return next;
    });
  };
  const index = STEPS.indexOf(step);

  async function submit() {
    const answers = toAnswers(draft, lang);
    if (!answers.ok) {
      setProblems(answers.error);
      return;
    }
    const symptoms = answers.value.symptoms;
    if (symptoms !== null && painRatingsProblem(symptoms) !== undefined) {
      setProblems([{ field: t("onboarding.painWorst"), message: t("onboarding.worstTooLow") }]);
      return;
    }
    if (missingTrainingDays(answers.value)) {
      setProblems([{ field: t("onboarding.daysTitle"), message: t("onboarding.daysRequired") }]);
      return;
    }
    setProblems([]);
    await saveAnswers(store, answers.value);
    const checkIn = await call("submitCheckIn", { body: { answers: answers.value, date: todayIso() } });
    if (!checkIn.ok) {
      setServerError(checkIn.error);
      return;
    }
    // The server's screen is the record; the core's own screen gives the page its full, typed wording.
    const screen = screenRedFlags(answers.value);
    if (!checkIn.value.screen.selfManagementAllowed) {
      void navigate("/see-a-clinician", { state: { screen } });
      return;
    }
    const created = await call("createProgram", { body: { startDate: todayIso() } });
    if (!created.ok) {
      setServerError(created.error);
      return;
    }
    await saveProgram(store, {
      programId: created.value.programId,
      program: created.value.program,
      revisions: [],
    });
    await recordBaseline(store, answers.value, todayIso());
    void syncNow();
    void navigate(screen.tier === "none" ? "/program" : "/see-a-clinician", { state: { screen } });
  }

  /** A sign that stops self-management ends the check-in at once: questions about training would delay the advice. */
  function stopsHere(): boolean {
    if (step !== "redFlags") return false;
    const answers = toAnswers(draft, lang);
    return answers.ok && !screenRedFlags(answers.value).selfManagementAllowed;
  }

  function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = STEPS[index + 1];
    if (next === undefined || stopsHere()) void submit();
    else setStep(next);
  }

  const sections: Record<Step, ReactNode> = {
    about: (
      <>
        <h2>{t("onboarding.aboutTitle")}</h2>
        <label>
          {t("onboarding.age")}
          <input
            type="number"
            min={5}
            max={120}
            required
            value={draft.ageYears ?? ""}
            onChange={(e) => {
              update((d) => (d.ageYears = e.target.value === "" ? null : Number(e.target.value)));
            }}
            data-testid="age"
          />
        </label>
        <label>
          {t("onboarding.sex")}
          <select
            value={draft.sex ?? ""}
            onChange={(e) => {
              update((d) => (d.sex = e.target.value === "" ? null : (e.target.value as AnswersDraft["sex"])));
            }}
            data-testid="sex"
          >
            <option value="">{t("onboarding.sexUnsaid")}</option>
            <option value="female">{t("onboarding.sexFemale")}</option>
            <option value="male">{t("onboarding.sexMale")}</option>
            <option value="other">{t("onboarding.sexOther")}</option>
          </select>
        </label>
      </>
    ),
    selfCheck: (
      <>
        <h2>{t("onboarding.selfCheckTitle")}</h2>
        <p>{t("onboarding.selfCheckIntro")}</p>
        {(Object.keys(SELF_CHECK_QUESTIONS) as (keyof SelfCheck)[]).map((key) => (
          <YesNoField
            key={key}
            question={SELF_CHECK_QUESTIONS[key][lang]}
            value={draft.selfCheck[key]}
            onChange={(v) => {
              update((d) => (d.selfCheck[key] = v));
            }}
            testId={`self-check-${key}`}
          />
        ))}
        <SelfCheckResultCard selfCheck={draft.selfCheck} />
      </>
    ),
    symptoms: (
      <>
        <h2>{t("onboarding.symptomsTitle")}</h2>
        <YesNoField
          question={t("onboarding.hasPain")}
          value={draft.hasPain}
          onChange={(v) => {
            update((d) => (d.hasPain = v));
          }}
          testId="has-pain"
        />
        {draft.hasPain === true && (
          <>
            <fieldset>
              <legend>{t("onboarding.knee")}</legend>
              {KNEE_SIDES.map((side) => (
                <label key={side}>
                  <input
                    type="radio"
                    name="knee"
                    checked={draft.knee === side}
                    onChange={() => {
                      update((d) => (d.knee = side));
                    }}
                    data-testid={`knee-${side}`}
                  />
                  {KNEE_SIDE_LABELS[side][lang]}
                </label>
              ))}
            </fieldset>
            <ChoiceGroup
              legend={t("onboarding.locations")}
              options={PAIN_LOCATIONS}
              labels={PAIN_LOCATION_LABELS}
              selected={draft.locations}
              onToggle={(o, on) => {
                update((d) => (d.locations = toggled(d.locations, o, on)));
              }}
              testId="location"
            />
            <ChoiceGroup
              legend={t("onboarding.aggravators")}
              options={AGGRAVATORS}
              labels={AGGRAVATOR_LABELS}
              selected={draft.aggravators}
              onToggle={(o, on) => {
                update((d) => (d.aggravators = toggled(d.aggravators, o, on)));
              }}
              testId="aggravator"
            />
            <label>
              {t("onboarding.durationWeeks")}
              <input
                type="number"
                min={0}
                max={5200}
                value={draft.durationWeeks}
                onChange={(e) => {
                  update((d) => (d.durationWeeks = Number(e.target.value)));
                }}
                data-testid="duration-weeks"
              />
            </label>
            <ScoreField
              label={t("onboarding.painNow")}
              value={draft.painNow}
              onChange={(v) => {
                update((d) => (d.painNow = v));
              }}
              testId="pain-now"
            />
            <ScoreField
              label={t("onboarding.painUsual")}
              value={draft.painUsual}
              onChange={(v) => {
                update((d) => (d.painUsual = v));
              }}
              testId="pain-usual"
            />
            <ScoreField
              label={t("onboarding.painWorst")}
              value={draft.painWorst}
              onChange={(v) => {
                update((d) => (d.painWorst = v));
              }}
              testId="pain-worst"
            />
          </>
        )}
      </>
    ),
    redFlags: (
      <>
        <h2>{t("onboarding.redFlagsTitle")}</h2>
        <p>{t("onboarding.redFlagsIntro")}</p>
        {(Object.keys(RED_FLAG_QUESTIONS) as (keyof RedFlagAnswers)[]).map((key) => (
          <YesNoField
            key={key}
            question={RED_FLAG_QUESTIONS[key][lang]}
            value={draft.redFlags[key]}
            onChange={(v) => {
              update((d) => (d.redFlags[key] = v));
            }}
            testId={`red-flag-${key}`}
          />
        ))}
        <YesNoField
          question={t("onboarding.injuredTitle")}
          value={draft.injured}
          onChange={(v) => {
            update((d) => (d.injured = v));
          }}
          testId="injured"
        />
        {draft.injured && (
          <>
            <label>
              {t("onboarding.injuryDaysAgo")}
              <input
                type="number"
                min={0}
                max={3650}
                value={draft.injury.daysAgo}
                onChange={(e) => {
                  update((d) => (d.injury.daysAgo = Number(e.target.value)));
                }}
                data-testid="injury-days"
              />
            </label>
            {(Object.keys(INJURY_QUESTIONS) as (keyof typeof INJURY_QUESTIONS)[]).map((key) => (
              <YesNoField
                key={key}
                question={INJURY_QUESTIONS[key][lang]}
                value={draft.injury[key]}
                onChange={(v) => {
                  update((d) => (d.injury[key] = v));
                }}
                testId={`injury-${key}`}
              />
            ))}
          </>
        )}
      </>
    ),
    activities: (
      <>
        <ActivitiesFields draft={draft} update={update} />
        <ChoiceGroup
          legend={t("onboarding.equipmentTitle")}
          options={EQUIPMENT}
          labels={EQUIPMENT_LABELS}
          selected={draft.equipment}
          onToggle={(o, on) => {
            update((d) => (d.equipment = toggled(d.equipment, o, on)));
          }}
          testId="equipment"
        />
        <p className="muted">{t("onboarding.equipmentNone")}</p>
        <ChoiceGroup
          legend={t("onboarding.daysTitle")}
          options={WEEKDAYS}
          labels={WEEKDAY_LABELS}
          selected={draft.availableDays}
          onToggle={(o, on) => {
            update((d) => (d.availableDays = toggled(d.availableDays, o, on)));
          }}
          testId="day"
        />
        <fieldset>
          <legend>{t("onboarding.psfsTitle")}</legend>
          <p>{t("onboarding.psfsIntro")}</p>
          {draft.psfs.map((item, n) => (
            <div key={n}>
              <label>
                {t("onboarding.psfsActivity", { n: n + 1 })}
                <input
                  type="text"
                  maxLength={120}
                  value={item.activity}
                  onChange={(e) => {
                    update((d) => ((d.psfs[n] ?? item).activity = e.target.value));
                  }}
                  data-testid={`psfs-activity-${n}`}
                />
              </label>
              <ScoreField
                label={t("onboarding.psfsScore", { n: n + 1 })}
                value={item.score}
                onChange={(v) => {
                  update((d) => ((d.psfs[n] ?? item).score = v));
                }}
                testId={`psfs-score-${n}`}
              />
            </div>
          ))}
        </fieldset>
      </>
    ),
  };

  return (
    <article data-testid="check-in-page">
      <h1>{t("onboarding.title")}</h1>
      <p className="muted" aria-live="polite">
        {t("onboarding.stepOf", { step: index + 1, total: STEPS.length })}
      </p>
      <form onSubmit={onSubmit} data-testid={`step-${step}`}>
        {sections[step]}
        {problems.length > 0 && (
          <div className="error" role="alert" data-testid="problems">
            {t("onboarding.invalid", {
              problems: problems.map((p) => `${p.field}: ${p.message}`).join("; "),
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
                setStep(STEPS[index - 1] ?? "about");
              }}
            >
              {t("app.back")}
            </button>
          )}
          <button type="submit" data-testid="next">
            {index === STEPS.length - 1 || stopsHere() ? t("onboarding.submit") : t("app.next")}
          </button>
        </div>
      </form>
    </article>
  );
}
