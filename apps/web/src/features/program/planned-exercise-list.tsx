import { describeDose, findExercise } from "@hipcheck/core";
import type { PlannedExercise } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { currentLang } from "../../i18n/setup-i18n.js";

/** Each exercise with its dose, linking to its public page (how to do it, what it works). */
export function PlannedExerciseList({ exercises }: { readonly exercises: readonly PlannedExercise[] }) {
  const { i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <ul>
      {exercises.map((planned) => (
        <li key={planned.exerciseId} data-testid={`planned-${planned.exerciseId}`}>
          <Link to={`/exercises/${planned.exerciseId}`}>
            {findExercise(planned.exerciseId)?.name[lang] ?? planned.exerciseId}
          </Link>
          {" — "}
          {describeDose(planned.dose, lang)}
        </li>
      ))}
    </ul>
  );
}
