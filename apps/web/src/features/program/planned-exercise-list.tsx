import { describeDose, findExercise } from "@hipcheck/core";
import type { PlannedExercise, ProgramRevision } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { currentLang } from "../../i18n/setup-i18n.js";
import { SwapReason, swapsIn } from "./swap-reason.js";

/**
 * Each exercise with its dose, linking to its public page (how to do it, what it works); given the program's
 * revisions, an exercise one of them swapped in says why.
 */
export function PlannedExerciseList({
  exercises,
  revisions = [],
}: {
  readonly exercises: readonly PlannedExercise[];
  readonly revisions?: readonly ProgramRevision[];
}) {
  const { i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const swaps = swapsIn(revisions);
  return (
    <ul>
      {exercises.map((planned) => {
        const swap = swaps.get(planned.exerciseId);
        return (
          <li key={planned.exerciseId} data-testid={`planned-${planned.exerciseId}`}>
            <Link to={`/exercises/${planned.exerciseId}`}>
              {findExercise(planned.exerciseId)?.name[lang] ?? planned.exerciseId}
            </Link>
            {" — "}
            {describeDose(planned.dose, lang)}
            {swap !== undefined && <SwapReason swap={swap} />}
          </li>
        );
      })}
    </ul>
  );
}
