import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../i18n/setup-i18n.js";
import { paceAt, repsCounted } from "@hipcheck/core";
import type { ExerciseTempo, PaceMoment, PacePhase } from "@hipcheck/core";
import { speakCue } from "./speak-cue.js";
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

/**
 * Paces a set of repetitions: lift, hold and lower counted down on screen, with spoken counts in the person's
 * language or a beat at each phase; the screen is kept on where the browser allows. The repetitions it counts are
 * passed on as an offer; the person's own number is what is logged.
 */
export function PaceRunner({
  tempo,
  reps,
  defaultSound,
  onCount,
}: {
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
  const audio = useRef<AudioContext | null>(null);
  const count = useRef(onCount);
  count.current = onCount;
  useEffect(() => {
    if (!running) return;
    const startedAt = performance.now();
    let last = "";
    let counted = 0;
    const timer = window.setInterval(() => {
      const elapsedMs = performance.now() - startedAt;
      const now = paceAt(tempo, reps, elapsedMs);
      setMoment(now);
      const done = repsCounted(tempo, reps, elapsedMs);
      if (done !== counted) {
        counted = done;
        count.current(done);
      }
      const said = now.kind === "done" ? "done" : `${String(now.rep)}-${now.phase}`;
      if (said !== last) {
        last = said;
        if (now.kind === "done") {
          setRunning(false);
        } else if (sound === "voice") {
          speakCue(
            now.phase === "up"
              ? String(now.rep)
              : t(now.phase === "hold" ? "player.paceHold" : "player.paceDown"),
            lang,
            true,
          );
        } else if (sound === "beat" && audio.current !== null) {
          beep(audio.current, BEAT_HZ[now.phase]);
        }
      }
    }, 100);
    return () => {
      window.clearInterval(timer);
    };
  }, [running, tempo, reps, sound, lang, t]);
  const phaseWord = (phase: PacePhase) =>
    t(phase === "up" ? "player.paceUp" : phase === "hold" ? "player.paceHold" : "player.paceDown");
  return (
    <section className="card" aria-labelledby="pace-title" data-testid="pace">
      <h3 id="pace-title">{t("player.paceTitle")}</h3>
      <p className="muted" data-testid="pace-tempo">
        {t("player.paceTempo", {
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
              setRunning(true);
            }}
            data-testid="pace-start"
          >
            {t("player.paceStart")}
          </button>
        )}
      </div>
      {wake !== "idle" && (
        <p className="muted" data-testid="wake-lock" data-state={wake}>
          {t(wake === "on" ? "player.wakeOn" : "player.wakeOff")}
        </p>
      )}
    </section>
  );
}
