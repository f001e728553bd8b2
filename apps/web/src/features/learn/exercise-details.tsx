import type { Dose, Exercise } from "@hipcheck/core";
import { describeDose } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../i18n/setup-i18n.js";

type Props = {
  readonly exercise: Exercise;
  readonly dose: Dose;
  /** The level of its section headings, one below the heading it sits under (WCAG 1.3.1). */
  readonly headingLevel?: 2 | 3;
};

/** Steps, cues, common errors and precautions of an exercise, with its dose. */
export function ExerciseDetails({ exercise, dose, headingLevel = 3 }: Props) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const lists = [
    { title: t("exercise.steps"), items: exercise.steps, ordered: true },
    { title: t("exercise.cues"), items: exercise.cues, ordered: false },
    { title: t("exercise.errors"), items: exercise.commonErrors, ordered: false },
    { title: t("exercise.precautions"), items: exercise.precautions, ordered: false },
  ].filter((list) => list.items.length > 0);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div data-testid="exercise-details">
      <p>
        <strong>{t("exercise.doseLabel")}</strong> <span data-testid="dose">{describeDose(dose, lang)}</span>
      </p>
      {lists.map((list) => (
        <section key={list.title}>
          <Heading>{list.title}</Heading>
          {list.ordered ? (
            <ol>
              {list.items.map((item) => (
                <li key={item.en}>{item[lang]}</li>
              ))}
            </ol>
          ) : (
            <ul>
              {list.items.map((item) => (
                <li key={item.en}>{item[lang]}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
