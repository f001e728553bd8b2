import {
  AGGRAVATORS,
  AGGRAVATOR_LABELS,
  CHECK_IN_QUESTIONS,
  KNEE_SIDES,
  KNEE_SIDE_LABELS,
  PAIN_LOCATIONS,
  PAIN_LOCATION_LABELS,
} from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { ChoiceGroup } from "../../../components/choice-group.js";
import { ScoreField } from "../../../components/score-field.js";
import { YesNoField } from "../../../components/yes-no-field.js";
import { currentLang } from "../../../i18n/setup-i18n.js";
import { toggled } from "../answers-draft.js";
import type { StepProps } from "./step-props.js";

/** Step 3: whether the knee hurts, where, what makes it worse, for how long, and the three pain ratings. */
export function SymptomsStep({ draft, update }: StepProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <>
      <h2>{t("onboarding.symptomsTitle")}</h2>
      <YesNoField
        question={CHECK_IN_QUESTIONS.hasPain[lang]}
        value={draft.hasPain}
        onChange={(v) => {
          update((d) => (d.hasPain = v));
        }}
        testId="has-pain"
      />
      {draft.hasPain === true && (
        <>
          <fieldset>
            <legend>{CHECK_IN_QUESTIONS.knee[lang]}</legend>
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
            legend={CHECK_IN_QUESTIONS.locations[lang]}
            options={PAIN_LOCATIONS}
            labels={PAIN_LOCATION_LABELS}
            selected={draft.locations}
            onToggle={(o, on) => {
              update((d) => (d.locations = toggled(d.locations, o, on)));
            }}
            testId="location"
          />
          <ChoiceGroup
            legend={CHECK_IN_QUESTIONS.aggravators[lang]}
            options={AGGRAVATORS}
            labels={AGGRAVATOR_LABELS}
            selected={draft.aggravators}
            onToggle={(o, on) => {
              update((d) => (d.aggravators = toggled(d.aggravators, o, on)));
            }}
            testId="aggravator"
          />
          <label>
            {CHECK_IN_QUESTIONS.durationWeeks[lang]}
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
            label={CHECK_IN_QUESTIONS.painNow[lang]}
            value={draft.painNow}
            onChange={(v) => {
              update((d) => (d.painNow = v));
            }}
            testId="pain-now"
          />
          <ScoreField
            label={CHECK_IN_QUESTIONS.painUsual[lang]}
            value={draft.painUsual}
            onChange={(v) => {
              update((d) => (d.painUsual = v));
            }}
            testId="pain-usual"
          />
          <ScoreField
            label={CHECK_IN_QUESTIONS.painWorst[lang]}
            value={draft.painWorst}
            onChange={(v) => {
              update((d) => (d.painWorst = v));
            }}
            testId="pain-worst"
          />
        </>
      )}
    </>
  );
}
