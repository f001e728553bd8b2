import { useEffect, useRef, useState } from "react";
import type { Exercise } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../i18n/setup-i18n.js";
import { poseAt, poseToKeypoints } from "./figure-pose.js";
import { animationFor } from "./key-poses.js";
import { SkeletonSvg } from "./skeleton-svg.js";
import { workingSegments } from "./working-muscles.js";

function prefersReducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/** Milliseconds of animation played; frozen while paused and resumed from there. */
function useAnimationClock(playing: boolean): number {
  const [timeMs, setTimeMs] = useState(0);
  const playedMs = useRef(0);
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    const startedAt = performance.now() - playedMs.current;
    const tick = (now: number) => {
      playedMs.current = now - startedAt;
      setTimeMs(playedMs.current);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [playing]);
  return timeMs;
}

/**
 * How an exercise is done, drawn: the figure moves through the exercise's key poses with the working muscles
 * highlighted. Motion can be paused (WCAG 2.2.2) and starts paused for people who ask for reduced motion.
 */
export function ExerciseFigure({ exercise }: { readonly exercise: Exercise }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const [playing, setPlaying] = useState(() => !prefersReducedMotion());
  const timeMs = useAnimationClock(playing);
  const animation = animationFor(exercise.id);
  if (animation === undefined) return null;
  const keypoints = poseToKeypoints(poseAt(animation.poses, animation.transitionMs, timeMs), animation.view);
  return (
    <figure data-testid="exercise-figure">
      <SkeletonSvg
        keypoints={keypoints}
        viewBox="0 0 200 165"
        highlights={workingSegments(exercise)}
        {...(animation.view === "side" ? { farSide: "right" as const } : {})}
        title={t("exercise.illustration", { name: exercise.name[lang] })}
      />
      <button
        type="button"
        className="secondary"
        onClick={() => {
          setPlaying((value) => !value);
        }}
        aria-pressed={!playing}
      >
        {playing ? t("exercise.pause") : t("exercise.play")}
      </button>
    </figure>
  );
}
