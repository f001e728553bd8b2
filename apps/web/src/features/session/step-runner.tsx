import { useEffect, useState } from "react";
import { cuesAt } from "@hipcheck/core";
import type { Exercise, ExerciseTempo, LoggedSet } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../i18n/setup-i18n.js";
import { PaceRunner } from "./pace-runner.js";
import type { PaceSound } from "./pace-runner.js";
import type { SessionStep } from "./session-steps.js";
import { useCountdown } from "./use-countdown.js";

type Props = {
  readonly step: SessionStep;
  readonly totalSets: number;
  readonly onSet: (set: LoggedSet) => void;
  readonly onNext: () => void;
  readonly announce: (text: string) => void;
  /** Repetitions the camera counted in this set, offered to the person; null when there is no such count. */
  readonly cameraReps: number | null;
  /** The exercise (its cues are shown at their key pose), its follow-along pace and the sound it starts with. */
  readonly exercise: Exercise;
  readonly tempo: ExerciseTempo;
  readonly paceSound: PaceSound;
};

export function sideLabelKey(side: LoggedSet["side"]) {
  return side === "left" ? "session.left" : side === "right" ? "session.right" : "session.both";
}

function RepCounter({
  step,
  onSet,
  cameraReps,
  exercise,
  tempo,
  paceSound,
}: {
  readonly step: Extract<SessionStep, { kind: "work" }>;
  readonly exercise: Exercise;
  readonly onSet: (set: LoggedSet) => void;
  readonly cameraReps: number | null;
  readonly tempo: ExerciseTempo;
  readonly paceSound: PaceSound;
}) {
  const { t } = useTranslation();
  const [reps, setRepsNow] = useState(0);
  // Once the person sets the number themselves, the pace only offers its count: their number is the one logged.
  const [ownNumber, setOwnNumber] = useState(false);
  const [paceReps, setPaceReps] = useState<number | null>(null);
  const setReps = (next: number | ((n: number) => number)) => {
    setOwnNumber(true);
    setRepsNow(next);
  };
  const target = step.target.mode === "reps" ? step.target.reps : 0;
  return (
    <div>
      <p className="big-number" aria-live="polite" data-testid="rep-count">
        {reps} / {target}
      </p>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setReps((n) => n + 1);
          }}
          data-testid="add-rep"
        >
          {t("session.addRep")}
        </button>
        <label style={{ margin: 0 }}>
          {t("session.reps")}
          <input
            type="number"
            min={0}
            max={200}
            value={reps}
            onChange={(e) => {
              setReps(Number(e.target.value));
            }}
            data-testid="reps-input"
          />
        </label>
        <button
          type="button"
          onClick={() => {
            onSet({ side: step.side, reps });
          }}
          data-testid="log-set"
        >
          {t("session.logSet")}
        </button>
      </div>
      <PaceRunner
        exercise={exercise}
        tempo={tempo}
        reps={target}
        defaultSound={paceSound}
        onCount={(counted) => {
          setPaceReps(counted);
          if (!ownNumber) setRepsNow(counted);
        }}
      />
      {ownNumber && paceReps !== null && paceReps !== reps && (
        <p className="muted" data-testid="pace-offer">
          {t("player.paceCounted", { n: paceReps })}
        </p>
      )}
      {cameraReps !== null && (
        <div data-testid="camera-reps-offer">
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setReps(cameraReps);
            }}
            data-testid="use-camera-reps"
          >
            {t("formCheck.useCount", { n: cameraReps })}
          </button>
          <p className="muted">{t("formCheck.countOffer")}</p>
        </div>
      )}
    </div>
  );
}

function HoldTimer({
  step,
  onSet,
  exercise,
}: {
  readonly step: Extract<SessionStep, { kind: "work" }>;
  readonly onSet: (set: LoggedSet) => void;
  readonly exercise: Exercise;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const seconds = step.target.mode === "reps" ? 0 : step.target.seconds;
  const [running, setRunning] = useState(false);
  const record = (done: number) => {
    onSet(
      step.target.mode === "timed"
        ? { side: step.side, durationSeconds: done }
        : { side: step.side, holdSeconds: done },
    );
  };
  const left = useCountdown(seconds, running, () => {
    record(seconds);
  });
  // A held position: its set-up cues before the hold, the held pose's while holding.
  const cuePose = running ? "top" : "start";
  const cues = cuesAt(exercise, cuePose);
  return (
    <div>
      <p className="timer" role="timer" aria-live="off" data-testid="hold-timer">
        {t("session.secondsLeft", { s: left })}
      </p>
      {cues.length > 0 && (
        <ul className="muted" data-testid="hold-cue" data-pose={cuePose}>
          {cues.map((cue) => (
            <li key={cue.en}>{cue[lang]}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        {running ? (
          <button
            type="button"
            onClick={() => {
              record(seconds - left);
            }}
            data-testid="stop-hold"
          >
            {t("session.stopHold")}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => {
              setRunning(true);
            }}
            data-testid="start-hold"
          >
            {t("session.startHold")}
          </button>
        )}
      </div>
    </div>
  );
}

function RestTimer({ seconds, onNext }: { readonly seconds: number; readonly onNext: () => void }) {
  const { t } = useTranslation();
  const left = useCountdown(seconds, true, onNext);
  return (
    <div>
      <p className="timer" role="timer" data-testid="rest-timer">
        {t("session.restLeft", { s: left })}
      </p>
      <button type="button" className="secondary" onClick={onNext} data-testid="skip-rest">
        {t("session.skipRest")}
      </button>
    </div>
  );
}

/** One step of an exercise: count reps or time a hold on a side, cue the switch, or time the rest. */
export function StepRunner({
  step,
  totalSets,
  onSet,
  onNext,
  announce,
  cameraReps,
  exercise,
  tempo,
  paceSound,
}: Props) {
  const { t } = useTranslation();
  const heading =
    step.kind === "work"
      ? `${t(sideLabelKey(step.side))} — ${t("session.setOf", { n: step.set, total: totalSets })}`
      : step.kind === "switch"
        ? t("session.switchSides")
        : t("session.rest");
  useEffect(() => {
    announce(heading);
  }, [heading, announce]);
  return (
    <section
      className="card"
      aria-labelledby="step-heading"
      data-testid={`step-${step.kind}`}
      data-side={step.kind === "work" ? step.side : undefined}
    >
      <h2 id="step-heading">{heading}</h2>
      {step.kind === "work" && step.target.mode === "reps" && (
        <RepCounter
          key={`${step.set}-${step.side}`}
          step={step}
          onSet={onSet}
          cameraReps={cameraReps}
          exercise={exercise}
          tempo={tempo}
          paceSound={paceSound}
        />
      )}
      {step.kind === "work" && step.target.mode !== "reps" && (
        <HoldTimer key={`${step.set}-${step.side}`} step={step} onSet={onSet} exercise={exercise} />
      )}
      {step.kind === "switch" && (
        <>
          <p className="muted" data-testid="switch-time">
            {t("drawings.switchTime", { s: tempo.switchSidesSeconds })}
          </p>
          <button type="button" onClick={onNext} data-testid="switched">
            {t("app.next")}
          </button>
        </>
      )}
      {step.kind === "rest" && <RestTimer key={step.set} seconds={step.seconds} onNext={onNext} />}
    </section>
  );
}
