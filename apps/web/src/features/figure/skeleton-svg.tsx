import type { ReactNode } from "react";
import { FIGURE_BONES } from "@hipcheck/core";
import type { JointName, KeypointFrame } from "@hipcheck/motion";

/** Below this detector score a joint is not drawn: a guessed joint would mislead more than a gap. */
export const MIN_DRAW_SCORE = 0.3;

export type BoneHighlight = readonly [JointName, JointName];

type Props = {
  readonly keypoints: KeypointFrame["keypoints"];
  readonly viewBox: string;
  /** Fill the element exactly (an overlay on a video of the same aspect), instead of letterboxing. */
  readonly stretch?: boolean;
  /** Segments drawn as working muscles (a broad translucent band under the bone). */
  readonly highlights?: readonly BoneHighlight[];
  /** The side drawn paler (the far side in a side view). */
  readonly farSide?: "left" | "right";
  readonly strokeWidth?: number;
  readonly title: string;
  readonly labels?: readonly { readonly at: JointName; readonly text: string }[];
  /** Drawn under the figure: the floor and the equipment of an exercise drawing. */
  readonly children?: ReactNode;
};

function sideOf(name: JointName): "left" | "right" | "centre" {
  if (name.startsWith("left")) return "left";
  if (name.startsWith("right")) return "right";
  return "centre";
}

export function SkeletonSvg({
  keypoints,
  viewBox,
  stretch = false,
  highlights = [],
  farSide,
  strokeWidth = 4,
  title,
  labels = [],
  children,
}: Props) {
  const visible = (name: JointName) => {
    const joint = keypoints[name];
    return joint !== undefined && joint.score >= MIN_DRAW_SCORE ? joint : undefined;
  };
  const segment = (
    [a, b]: readonly [JointName, JointName],
    key: string,
    className: string,
    width: number,
  ) => {
    const from = visible(a);
    const to = visible(b);
    if (from === undefined || to === undefined) return null;
    return (
      <line
        key={key}
        className={className}
        x1={from.x}
        y1={from.y}
        x2={to.x}
        y2={to.y}
        strokeWidth={width}
        strokeLinecap="round"
      />
    );
  };
  const nose = visible("nose");
  return (
    <svg
      viewBox={viewBox}
      preserveAspectRatio={stretch ? "none" : "xMidYMid meet"}
      role="img"
      aria-label={title}
      className="skeleton"
    >
      <title>{title}</title>
      {children}
      {highlights.map((bone) => segment(bone, `m-${bone.join("-")}`, "skeleton-muscle", strokeWidth * 3.2))}
      {FIGURE_BONES.map((bone) => {
        const far = farSide !== undefined && sideOf(bone[0]) === farSide && sideOf(bone[1]) === farSide;
        return segment(
          bone,
          bone.join("-"),
          far ? "skeleton-bone skeleton-bone-far" : "skeleton-bone",
          strokeWidth,
        );
      })}
      {nose && <circle className="skeleton-head" cx={nose.x} cy={nose.y} r={strokeWidth * 2.6} />}
      {labels.map((label) => {
        const at = visible(label.at);
        return at ? (
          <text key={label.at} className="skeleton-label" x={at.x + 8} y={at.y - 6}>
            {label.text}
          </text>
        ) : null;
      })}
    </svg>
  );
}
