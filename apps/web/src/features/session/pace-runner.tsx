import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../i18n/setup-i18n.js";
import { cuePoseAt, cuesAt, paceAt, repsCounted } from "@hipcheck/core";
import type { CuePose, Exercise, ExerciseTempo, PaceMoment, PacePhase } from "@hipcheck/core";
import { speakCue } from "./speak-cue.js";
import { speechNotice } from "./speech-notice.js";
import { useWakeLock } from "./use-wake-lock.js";

export type PaceSound = "voice" | "beat" | "none";

const BEAT_HZ: Readonly<Record<PacePhase, number>> = { up: 880, hold: 660, down: 440 };

/** A short beep from Web Audio: no file to fetch, so it works offline. */
function beep(audio: AudioContext, hz: number): void {
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.frequency.value = hz;
  gain.gain.setValueAtTime(0.2, audio.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.15);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start();
  oscillator.stop(audio.currentTime + 0.16);
}

const MOMENT_KEYS = {
  start: "drawings.momentStart",
  top: "drawings.momentTop",
  return: "drawings.momentReturn",
} as const satisfies Readonly<Record<CuePose, string>>;

/** The word said and shown for a phase: a squat lowers first and comes back up; a lift goes up and down. */
function phaseKey(phase: PacePhase, firstMove: ExerciseTempo["firstMove"]) {
  if (phase === "hold") return "player.paceHold";
  if (firstMove === "lift") return phase === "up" ? "player.paceUp" : "player.paceDown";
  return phase === "up" ? "player.paceDown" : "drawings.paceRise";
}

/**
 * Paces a set of repetitions: lift, hold and lower counted down on screen, with spoken counts in the person's
 * language or a beat at each phase; the screen is kept on where the browser allows. Each cue shows (and is said
 * once per set) at the key pose it applies to. The repetitions it counts are passed on as an offer; the person's
 * own number is what is logged. Where speech cannot go on (no voice, a hidden page, a screen that may lock) the
 * player says so and what to do.
 */
export function PaceRunner({
  exercise,
  tempo,
  reps,
  defaultSound,
  onCount,
}: {
  readonly exercise: Exercise;
  readonly tempo: ExerciseTempo;
  readonly reps: number;
  readonly defaultSound: PaceSound;
  readonly onCount: (reps: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const [running, setRunning] = useState(false);
  const [sound, setSound] = useState<PaceSound>(defaultSound);
  const [moment, setMoment] = useState<PaceMoment | null>(null);
  const wake = useWakeLock(running);
  const [hiddenWhileSpeaking, setHiddenWhileSpeaking] = useState(false);
  const audio = useRef<AudioContext | null>(null);
  const count = useRef(onCount);
  count.current = onCount;
  // Browsers stop speech in a hidden page (a locked screen hides it): notice it rather than go quiet unexplained.
  useEffect(() => {
    if (!running || sound !== "voice") return;
    const onHidden = () => {
      if (document.visibilityState === "hidden") setHiddenWhileSpeaking(true);
    };
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, [running, sound]);
  useEffect(() => {
    if (!running) return;
    const startedAt = performance.now();
    let last = "";
    let counted = 0;
    // Each key pose's cues are said once per set, after the count of the moment they belong to.
    const said = new Set<CuePose>();
    const sayCues = (pose: CuePose | null) => {
      if (sound !== "voice" || pose === null || said.has(pose)) return;
      said.add(pose);
      for (const cue of cuesAt(exercise, pose)) speakCue(cue[lang], lang, true, true);
    };
    const timer = window.setInterval(() => {
      const elapsedMs = performance.now() - startedAt;
      const now = paceAt(tempo, reps, elapsedMs);
      setMoment(now);
      const done = repsCounted(tempo, reps, elapsedMs);
      if (done !== counted) {
        counted = done;
        count.current(done);
      }
      const moment = now.kind === "done" ? "done" : `${String(now.rep)}-${now.phase}`;
      if (moment !== last) {
        last = moment;
        if (now.kind === "done") {
          setRunning(false);
        } else if (sound === "voice") {
          speakCue(
            now.phase === "up" ? String(now.rep) : t(phaseKey(now.phase, tempo.firstMove)),
            lang,
            true,
          );
          sayCues(cuePoseAt(now));
        } else if (sound === "beat" && audio.current !== null) {
          beep(audio.current, BEAT_HZ[now.phase]);
        }
      }
    }, 100);
    // The set-up cues are said as the set starts, before the first count.
    sayCues("start");
    return () => {
      window.clearInterval(timer);
    };
  }, [running, tempo, reps, sound, lang, t, exercise]);
  const phaseWord = (phase: PacePhase) => t(phaseKey(phase, tempo.firstMove));
  const cuePose = running ? cuePoseAt(moment) : "start";
  const cues = cuesAt(exercise, cuePose);
  const notice = speechNotice({
    voice: sound === "voice",
    speechAvailable: "speechSynthesis" in window,
    wake,
    hiddenWhileSpeaking,
  });
  return (
    <section className="card" aria-labelledby="pace-title" data-testid="pace">
      <h3 id="pace-title">{t("player.paceTitle")}</h3>
      <p className="muted" data-testid="pace-tempo">
        {t(tempo.firstMove === "lift" ? "player.paceTempo" : "drawings.paceTempoLowerFirst", {
          up: tempo.upSeconds,
          hold: tempo.holdSeconds,
          down: tempo.downSeconds,
        })}
      </p>
      {moment?.kind === "rep" && (
        <p aria-live="polite" data-testid="pace-now" data-rep={moment.rep} data-phase={moment.phase}>
          <strong>{t("player.paceRep", { n: moment.rep, total: reps })}</strong> · {phaseWord(moment.phase)}{" "}
          <span className="big-number">{moment.secondsLeft}</span>
        </p>
      )}
      {cuePose !== null && cues.length > 0 && (
        <div className="pace-cue" aria-live="polite" data-testid="pace-cue" data-pose={cuePose}>
          <strong>{t(MOMENT_KEYS[cuePose])}</strong>
          <ul>
            {cues.map((cue) => (
              <li key={cue.en}>{cue[lang]}</li>
            ))}
          </ul>
        </div>
      )}
      <label>
        {t("player.paceSound")}
        <select
          value={sound}
          onChange={(e) => {
            setSound(e.target.value as PaceSound);
          }}
          data-testid="pace-sound"
        >
          <option value="voice">{t("player.paceSoundVoice")}</option>
          <option value="beat">{t("player.paceSoundBeat")}</option>
          <option value="none">{t("player.paceSoundNone")}</option>
        </select>
      </label>
      <div className="actions">
        {running ? (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setRunning(false);
            }}
            data-testid="pace-stop"
          >
            {t("player.paceStop")}
          </button>
        ) : (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              // Audio may start only from a tap; the context is made here, once.
              if (sound === "beat" && audio.current === null && "AudioContext" in window) {
                audio.current = new AudioContext();
              }
              setMoment(null);
              setHiddenWhileSpeaking(false);
              setRunning(true);
            }}
            data-testid="pace-start"
          >
            {t("player.paceStart")}
          </button>
        )}
      </div>
      {notice !== null && (
        <p className="banner" role="status" data-testid="speech-notice" data-notice={notice}>
          {t(`drawings.${notice}`)}
        </p>
      )}
      {wake !== "idle" && (
        <p className="muted" data-testid="wake-lock" data-state={wake}>
          {t(wake === "on" ? "player.wakeOn" : "player.wakeOff")}
        </p>
      )}
    </section>
  );
}
