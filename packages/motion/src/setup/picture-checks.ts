import { median } from "../geometry/median.js";
import type { PeopleSeen, PictureLight } from "./check-setup.js";

/**
 * What the detector saw in one picture besides the pose: its mean luma (ITU-R BT.601, 0 black to 1 white), and,
 * on the pictures where the person detector ran, whether it found nobody or someone else in the way.
 */
export type PictureLook = {
  readonly timeMs: number;
  readonly meanLuma: number;
  readonly people?: { readonly nobody: boolean; readonly someoneElse: boolean } | undefined;
};

/**
 * The people and light of a run of pictures, as `checkSetup` and `analyzeMovement` take them: a file's every frame
 * (`hipcheck analyze`), or the last seconds of a live camera and the frames of one recording (web). One summary, so
 * a live screen refuses for the same reasons as a file (decision 0360).
 */
export function pictureChecksOf(looks: readonly PictureLook[]): {
  people?: PeopleSeen;
  light?: PictureLight;
} {
  const checked = looks.flatMap((look) => (look.people === undefined ? [] : [look.people]));
  const meanLuma = median(looks.map((look) => look.meanLuma));
  return {
    ...(checked.length === 0
      ? {}
      : {
          people: {
            framesChecked: checked.length,
            framesWithNobody: checked.filter((seen) => seen.nobody).length,
            framesWithSomeoneElse: checked.filter((seen) => seen.someoneElse).length,
          },
        }),
    ...(meanLuma === undefined ? {} : { light: { meanLuma } }),
  };
}
