import { useCallback, useMemo, useState } from "react";
import { findExercise, PAIN_RULE_SHORT } from "@hipcheck/core";
import type { LoggedSet, PlannedExercise, PlannedSession, SessionEntry, SessionLog } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useAppContext } from "../../app/app-context.js";
import { todayIso } from "../../app/today.js";
import { ScoreField } from "../../components/score-field.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { recordEntry } from "../../offline/local-store.js";
import { ExerciseFigure } from "../figure/exercise-figure.js";
import { ExerciseDetails } from "../learn/exercise-details.js";
import { useProgram } from "../program/use-program.js";
import { FormCheckPanel } from "./form-check-panel.js";
import { formCheckOf } from "./form-check-tests.js";
import { sessionSteps } from "./session-steps.js";
import { speakCue } from "./speak-cue.js";
import { StepRunner } from "./step-runner.js";
import { usePageTitle } from "../../components/use-page-title.js";

type EntryDraft = { sets: LoggedSet[]; painDuring: number; rpe: number };

function ExercisePlayer({
  planned,
  entry,
  onEntry,
  speak,
}: {
  readonly planned: PlannedExercise;
  readonly entry: EntryDraft;
  readonly onEntry: (entry: EntryDraft) => void;
  readonly speak: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const exercise = findExercise(planned.exerciseId);
  const steps = useMemo(() => sessionSteps(planned.dose), [planned.dose]);
  const [stepIndex, setStepIndex] = useState(0);
  const [cameraCount, setCameraCount] = useState<{ stepIndex: number; reps: number } | null>(null);
  const check = formCheckOf(planned.exerciseId);
  // The first step also says what the exercise is and its first cue, so the screen can stay on the floor.
  const intro = exercise === undefined ? "" : `${exercise.name[lang]}. ${exercise.cues[0]?.[lang] ?? ""} `;
  const announce = useCallback(
    (text: string) => {
      speakCue(stepIndex === 0 ? intro + text : text, lang, speak);
    },
    [lang, speak, stepIndex, intro],
  );
  if (exercise === undefined) return null;
  const step = steps[stepIndex];
  const next = () => {
    setStepIndex((n) => n + 1);
  };
  return (
    <div>
      <h2>{exercise.name[lang]}</h2>
      <div className="cards">
        <ExerciseFigure exercise={exercise} />
        <div>
          {step === undefined ? (
            <p className="ok" data-testid="exercise-done">
              {t("session.setsDone", { n: entry.sets.length })}
            </p>
          ) : (
            <StepRunner
              step={step}
              totalSets={planned.dose.sets}
              announce={announce}
              onNext={next}
              onSet={(set) => {
                onEntry({ ...entry, sets: [...entry.sets, set] });
                next();
              }}
              cameraReps={cameraCount?.stepIndex === stepIndex ? cameraCount.reps : null}
            />
          )}
          <ScoreField
            label={t("session.painDuring")}
            value={entry.painDuring}
            onChange={(painDuring) => {
              onEntry({ ...entry, painDuring });
            }}
            testId="pain-during"
          />
          <p className="muted">{PAIN_RULE_SHORT[lang]}</p>
          <ScoreField
            label={t("session.rpe")}
            value={entry.rpe}
            onChange={(rpe) => {
              onEntry({ ...entry, rpe });
            }}
            testId="rpe"
          />
        </div>
      </div>
      {check !== undefined && (
        <FormCheckPanel
          check={check}
          step={step}
          stepIndex={stepIndex}
          totalSets={planned.dose.sets}
          onCameraCount={(checkedStep, reps) => {
            setCameraCount(reps === null ? null : { stepIndex: checkedStep, reps });
          }}
        />
      )}
      <ExerciseDetails exercise={exercise} dose={planned.dose} />
    </div>
  );
}

function toLog(session: PlannedSession, programId: string, drafts: readonly EntryDraft[]): SessionLog {
  const entries: SessionEntry[] = session.exercises.flatMap((planned, n) => {
    const draft = drafts[n];
    return draft === undefined || draft.sets.length === 0
      ? []
      : [{ exerciseId: planned.exerciseId, sets: draft.sets, painDuring: draft.painDuring, rpe: draft.rpe }];
  });
  return {
    id: crypto.randomUUID(),
    programId,
    plannedSessionId: session.id,
    date: todayIso(),
    kind: session.kind,
    entries,
    completed: true,
  };
}

/**
 * The session player: one exercise at a time with its figure, cues and errors; reps, holds, side switches and
 * rests; pain and effort per exercise; a camera form check for the exercises the camera can check, when asked.
 * The finished log is written on the device and queued for the server in one step, so it survives a dropped
 * network and is sent once when the network is back.
 */
export function SessionPage() {
  const { t } = useTranslation();
  usePageTitle(t("session.title"));
  const { plannedSessionId } = useParams();
  const { store, sync, syncNow } = useAppContext();
  const state = useProgram();
  const [index, setIndex] = useState(0);
  const [drafts, setDrafts] = useState<EntryDraft[]>([]);
  const [speak, setSpeak] = useState(false);
  const [saved, setSaved] = useState(false);
  if (state.status === "loading") return <p role="status">{t("app.loading")}</p>;
  const snapshot = state.snapshot;
  const session = snapshot?.program.sessions.find((candidate) => candidate.id === plannedSessionId);
  if (snapshot === null || session === undefined) {
    return (
      <article>
        <h1>{t("session.title")}</h1>
        <p>{t("session.pick")}</p>
        <Link to="/program">{t("nav.program")}</Link>
      </article>
    );
  }
  const planned = session.exercises[index];
  const entry = drafts[index] ?? { sets: [], painDuring: 0, rpe: 5 };
  const isLast = index === session.exercises.length - 1;

  async function finish(current: PlannedSession, programId: string) {
    const log = toLog(current, programId, drafts);
    await recordEntry(store, { id: log.id, kind: "session-log", payload: log });
    setSaved(true);
    await syncNow();
  }

  if (saved) {
    return (
      <article data-testid="session-saved">
        <h1>{t("session.title")}</h1>
        <p className="ok" role="status" data-testid="session-sync" data-pending={sync.pending}>
          {t(sync.pending === 0 ? "session.savedSent" : "session.saved")}
        </p>
        <section className="card">
          <h2>{t("session.morningTitle")}</h2>
          <p>{t("session.morningPrompt")}</p>
          <Link className="button" to="/morning">
            {t("session.morningOpen")}
          </Link>
        </section>
        <Link to="/progress">{t("nav.progress")}</Link>
      </article>
    );
  }
  return (
    <article data-testid="session-page">
      <h1>{t("session.title")}</h1>
      <p className="muted" aria-live="polite">
        {t("session.exerciseOf", { n: index + 1, total: session.exercises.length })}
      </p>
      <label>
        <input
          type="checkbox"
          checked={speak}
          onChange={(e) => {
            setSpeak(e.target.checked);
          }}
          data-testid="speak"
        />
        {t("session.speak")}
      </label>
      {planned !== undefined && (
        <ExercisePlayer
          key={`${index}-${planned.exerciseId}`}
          planned={planned}
          entry={entry}
          speak={speak}
          onEntry={(next) => {
            setDrafts((all) => {
              const copy = [...all];
              copy[index] = next;
              return copy;
            });
          }}
        />
      )}
      <div className="actions">
        {isLast ? (
          <button
            type="button"
            onClick={() => void finish(session, snapshot.programId)}
            data-testid="finish-session"
          >
            {t("session.finish")}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => {
              setIndex((n) => n + 1);
            }}
            data-testid="next-exercise"
          >
            {t("session.nextExercise")}
          </button>
        )}
      </div>
    </article>
  );
}
