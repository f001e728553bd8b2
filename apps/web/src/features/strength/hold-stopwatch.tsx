import type { StrengthSide } from "@hipcheck/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../i18n/setup-i18n.js";
import { speakCue } from "../session/speak-cue.js";
import { tenthsOfSeconds } from "./camera-hold-run.js";

/** The time is spoken every this many seconds while a hold lasts (a cue, not a target). */
const SPOKEN_EVERY_SECONDS = 10;

/**
 * A stopwatch for one side's hold, with spoken cues: "go" at the start, the time every 10 seconds, and "stop" with
 * the time at the end. The person (or whoever watches) presses Stop when the leg drops, the hips drop or the trunk
 * turns (docs/clinical §10.1–10.2); the result is whole tenths of a second.
 */
export function HoldStopwatch({
  side,
  voice,
  onResult,
}: {
  readonly side: StrengthSide;
  readonly voice: boolean;
  readonly onResult: (holdSeconds: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [elapsedMs, setElapsedMs] = useState(0);
  const lastSpoken = useRef(0);
  useEffect(() => {
    if (startedAt === null) return undefined;
    const timer = window.setInterval(() => {
      const now = performance.now() - startedAt;
      setElapsedMs(now);
      const whole = Math.floor(now / 1000);
      if (whole > 0 && whole % SPOKEN_EVERY_SECONDS === 0 && whole !== lastSpoken.current) {
        lastSpoken.current = whole;
        speakCue(t("strength.spokenTime", { seconds: whole }), lang, voice);
      }
    }, 100);
    return () => {
      window.clearInterval(timer);
    };
  }, [startedAt, lang, t, voice]);
  const sideName = t(`strength.sideName.${side}`);
  function start() {
    lastSpoken.current = 0;
    setElapsedMs(0);
    setStartedAt(performance.now());
    speakCue(t("strength.spokenStart"), lang, voice);
  }
  function stop() {
    if (startedAt === null) return;
    const seconds = Math.round((performance.now() - startedAt) / 100) / 10;
    setStartedAt(null);
    setElapsedMs(seconds * 1000);
    speakCue(t("strength.spokenEnd", { seconds: Math.round(seconds) }), lang, voice);
    onResult(seconds);
  }
  return (
    <div className="card" data-testid={`stopwatch-${side}`}>
      <h3>{t("strength.stopwatchTitle", { side: sideName.toLowerCase() })}</h3>
      <p data-testid={`stopwatch-${side}-time`}>
        <strong>
          {t("strength.elapsed", { seconds: tenthsOfSeconds(Math.floor(elapsedMs / 100) * 100, lang) })}
        </strong>
      </p>
      {startedAt === null ? (
        <button type="button" onClick={start} data-testid={`stopwatch-${side}-start`}>
          {t("strength.start")}
        </button>
      ) : (
        <button type="button" className="danger" onClick={stop} data-testid={`stopwatch-${side}-stop`}>
          {t("strength.stop")}
        </button>
      )}
    </div>
  );
}
