import { CHECK_IN_QUESTIONS, SPORTS, SPORT_LABELS, WEEKDAYS, WEEKDAY_LABELS } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { ChoiceGroup } from "../../components/choice-group.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { toggled } from "./answers-draft.js";
import type { AnswersDraft } from "./answers-draft.js";

type Props = {
  readonly draft: AnswersDraft;
  readonly update: (change: (next: AnswersDraft) => void) => void;
};

/** Sports with their weekly volume and hard days (seed 003: long or hard days get the warm-up version). */
export function ActivitiesFields({ draft, update }: Props) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <fieldset data-testid="sports">
      <legend>{CHECK_IN_QUESTIONS.sports[lang]}</legend>
      <p>{t("onboarding.activitiesIntro")}</p>
      {SPORTS.map((sport) => {
        const activity = draft.activities[sport];
        return (
          <div key={sport} className="card">
            <label>
              <input
                type="checkbox"
                checked={activity !== undefined}
                onChange={(e) => {
                  update((d) => {
                    if (e.target.checked) {
                      d.activities[sport] = {
                        sport,
                        sessionsPerWeek: 2,
                        minutesPerSession: 45,
                        hardDays: [],
                      };
                    } else {
                      d.activities = Object.fromEntries(
                        Object.entries(d.activities).filter(([key]) => key !== sport),
                      );
                    }
                  });
                }}
                data-testid={`sport-${sport}`}
              />
              {SPORT_LABELS[sport][lang]}
            </label>
            {activity !== undefined && (
              <>
                <label>
                  {CHECK_IN_QUESTIONS.sessionsPerWeek[lang]}
                  <input
                    type="number"
                    min={0}
                    max={21}
                    value={activity.sessionsPerWeek}
                    onChange={(e) => {
                      update(
                        (d) => ((d.activities[sport] ?? activity).sessionsPerWeek = Number(e.target.value)),
                      );
                    }}
                  />
                </label>
                <label>
                  {CHECK_IN_QUESTIONS.minutesPerSession[lang]}
                  <input
                    type="number"
                    min={0}
                    max={1440}
                    value={activity.minutesPerSession}
                    onChange={(e) => {
                      update(
                        (d) => ((d.activities[sport] ?? activity).minutesPerSession = Number(e.target.value)),
                      );
                    }}
                  />
                </label>
                <ChoiceGroup
                  legend={CHECK_IN_QUESTIONS.hardDays[lang]}
                  options={WEEKDAYS}
                  labels={WEEKDAY_LABELS}
                  selected={activity.hardDays}
                  onToggle={(day, on) => {
                    update((d) => {
                      const target = d.activities[sport];
                      if (target !== undefined) {
                        d.activities[sport] = { ...target, hardDays: toggled(target.hardDays, day, on) };
                      }
                    });
                  }}
                  testId={`hard-day-${sport}`}
                />
              </>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
