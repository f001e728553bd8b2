import { useMemo } from "react";
import { exercises, exercisesTargeting, structures } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { currentLang } from "../../i18n/setup-i18n.js";
import { AnatomyPicture } from "./anatomy-picture.js";
import { usePageTitle } from "../../components/use-page-title.js";

/**
 * The lateral leg chain as a picture, linked both ways with the exercises: selecting a muscle lists the
 * exercises that target it, and an exercise page links back here with `?structure=`. The "mirror muscles vs
 * sleepy stabilisers" idea is from seeds 000 (Capobianco) and 001 (Dockins).
 */
export function LearnPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("learn.title"));
  const lang = currentLang(i18n.language);
  const [params, setParams] = useSearchParams();
  const selectedId = params.get("structure");
  const byId = useMemo(() => new Map(structures.map((structure) => [structure.id, structure])), []);
  const selected = selectedId === null ? undefined : byId.get(selectedId);
  const targeting = selected === undefined ? [] : exercisesTargeting(selected.id);
  const select = (id: string) => {
    setParams({ structure: id }, { replace: true });
  };
  return (
    <article data-testid="learn-page">
      <h1>{t("learn.title")}</h1>
      <section className="card">
        <h2>{t("learn.mirrorTitle")}</h2>
        <p>{t("learn.mirrorText")}</p>
      </section>
      {/* Seed 004: whether hip weakness causes knee pain or follows it is unsettled; training it helps either way. */}
      <section className="card" data-testid="evidence">
        <h2>{t("learn.evidenceTitle")}</h2>
        <p>{t("learn.evidenceText")}</p>
      </section>
      <p>{t("learn.intro")}</p>
      <div className="anatomy-views">
        <AnatomyPicture
          view="side"
          title={t("learn.sideView")}
          structures={byId}
          lang={lang}
          selectedId={selectedId}
          onSelect={select}
        />
        <AnatomyPicture
          view="front"
          title={t("learn.frontView")}
          structures={byId}
          lang={lang}
          selectedId={selectedId}
          onSelect={select}
        />
        <section
          aria-live="polite"
          className="card"
          style={{ flex: "1 1 16rem" }}
          data-testid="structure-detail"
        >
          {selected === undefined ? (
            <p>{t("learn.none")}</p>
          ) : (
            <>
              <h2>{selected.name[lang]}</h2>
              {selected.actions.length > 0 && (
                <ul>
                  {selected.actions.map((action) => (
                    <li key={action.en}>{action[lang]}</li>
                  ))}
                </ul>
              )}
              <h3>{t("learn.whyKnee")}</h3>
              <p>{selected.whyItMattersForKnee[lang]}</p>
              <h3>{t("learn.exercisesFor", { name: selected.name[lang] })}</h3>
              {targeting.length === 0 ? (
                <p>{t("learn.noExercises")}</p>
              ) : (
                <ul data-testid="targeting-exercises">
                  {targeting.map((exercise) => (
                    <li key={exercise.id}>
                      <Link to={`/exercises/${exercise.id}`}>{exercise.name[lang]}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
      </div>
      <section aria-labelledby="library-title">
        <h2 id="library-title">{t("learn.exerciseLibrary")}</h2>
        <ul className="choice-grid" data-testid="exercise-library">
          {exercises.map((exercise) => (
            <li key={exercise.id}>
              <Link to={`/exercises/${exercise.id}`}>{exercise.name[lang]}</Link>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
