import { CHECK_IN_QUESTIONS, EQUIPMENT, EQUIPMENT_LABELS, WEEKDAYS, WEEKDAY_LABELS } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../../i18n/setup-i18n.js";
import { ChoiceGroup } from "../../../components/choice-group.js";
import { ScoreField } from "../../../components/score-field.js";
import { ActivitiesFields } from "../activities-fields.js";
import { toggled } from "../answers-draft.js";
import type { StepProps } from "./step-props.js";

/** Step 5: sports, equipment, training days and the activities the knee makes hard (PSFS). */
export function ActivitiesStep({ draft, update }: StepProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <>
      <ActivitiesFields draft={draft} update={update} />
      <ChoiceGroup
        legend={CHECK_IN_QUESTIONS.equipment[lang]}
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
        legend={CHECK_IN_QUESTIONS.availableDays[lang]}
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
  );
}
