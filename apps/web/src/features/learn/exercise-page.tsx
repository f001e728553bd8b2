import { findExercise, structures } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { usePageTitle } from "../../components/use-page-title.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { ExerciseFigure } from "../figure/exercise-figure.js";
import { ExerciseDetails } from "./exercise-details.js";

/** One exercise: the animated figure, how to do it, and links back to the muscles it trains. */
export function ExercisePage() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const exercise = findExercise(useParams().exerciseId ?? "");
  usePageTitle(exercise?.name[lang] ?? t("learn.title"));
  if (exercise === undefined) return <p className="error">{t("app.error", { message: "404" })}</p>;
  const names = new Map(structures.map((structure) => [structure.id, structure.name[lang]]));
  return (
    <article data-testid="exercise-page">
      <h1>{exercise.name[lang]}</h1>
      <p>{exercise.summary[lang]}</p>
      <ExerciseFigure exercise={exercise} />
      <ExerciseDetails exercise={exercise} dose={exercise.dose} headingLevel={2} />
      <h2>{t("exercise.targets")}</h2>
      <ul>
        {exercise.targets.map((target) => (
          <li key={target.structureId}>
            <Link to={`/learn?structure=${target.structureId}`}>
              {names.get(target.structureId) ?? target.structureId}
            </Link>
          </li>
        ))}
      </ul>
    </article>
  );
}
