import { useEffect, useRef, useState } from "react";
import {
  FIGURE_BOX,
  figurePoints,
  illustrationOf,
  movementArrow,
  poseAt,
  sceneParts,
  secondViewParts,
  secondViewPoints,
  type Exercise,
  type SeenFrom,
  type FigurePoints,
} from "@hipcheck/core";
import type { KeypointFrame } from "@hipcheck/motion";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../i18n/setup-i18n.js";
import { SceneSvg } from "./scene-svg.js";
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

/** The second view's caption, by where it is seen from. */
const SEEN_FROM_KEYS = {
  front: "drawings.secondViewFront",
  feet: "drawings.secondViewFeet",
  head: "drawings.secondViewHead",
  above: "drawings.secondViewTop",
} as const satisfies Readonly<Record<SeenFrom, string>>;

/** A drawn figure's points as the skeleton drawing's keypoints, each one certain. */
function keypointsOf(points: FigurePoints): KeypointFrame["keypoints"] {
  return Object.fromEntries(Object.entries(points).map(([name, point]) => [name, { ...point, score: 1 }]));
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
  const animation = illustrationOf(exercise.id);
  if (animation === undefined) return null;
  const pose = poseAt(animation.poses, animation.transitionMs, timeMs);
  const keypoints = keypointsOf(figurePoints(pose, animation.view));
  const arrow = movementArrow(
    figurePoints(animation.poses[0], animation.view),
    figurePoints(animation.poses[1], animation.view),
  );
  const scene = [
    ...sceneParts(animation.equipment, pose, animation.view, animation.floorY),
    ...(arrow === undefined ? [] : [arrow]),
  ];
  const second = animation.secondView;
  const secondPoints = secondViewPoints(animation, pose);
  const viewBox = `0 0 ${String(FIGURE_BOX.width)} ${String(FIGURE_BOX.height)}`;
  return (
    <figure data-testid="exercise-figure">
      <SkeletonSvg
        keypoints={keypoints}
        viewBox={viewBox}
        highlights={workingSegments(exercise)}
        {...(animation.view === "side" ? { farSide: "right" as const } : {})}
        title={t("exercise.illustration", { name: exercise.name[lang] })}
      >
        <SceneSvg parts={scene} />
      </SkeletonSvg>
      {second !== undefined && secondPoints !== undefined && (
        <div className="figure-second-view" data-testid="second-view" data-seen-from={second.seenFrom}>
          <SkeletonSvg
            keypoints={keypointsOf(secondPoints)}
            viewBox={viewBox}
            highlights={workingSegments(exercise)}
            title={t(SEEN_FROM_KEYS[second.seenFrom])}
          >
            <SceneSvg
              parts={secondViewParts(animation.equipment, secondPoints, second.viewpoint, animation.floorY)}
            />
          </SkeletonSvg>
          <p className="muted" data-testid="second-view-caption">
            {t("drawings.secondViewCaption", {
              view: t(SEEN_FROM_KEYS[second.seenFrom]),
              cue: second.cue[lang],
            })}
          </p>
        </div>
      )}
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
