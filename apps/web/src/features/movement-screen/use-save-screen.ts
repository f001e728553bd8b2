import { useMemo, useState } from "react";
import type { ApiError } from "@hipcheck/contracts";
import type { KeypointFrame, MovementReport } from "@hipcheck/motion";
import { useTranslation } from "react-i18next";
import { describeApiError } from "../../api/describe-api-error.js";
import type { ApiErrorDescription } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { OnceSaver } from "./once-saver.js";

/** A report analysed on the device and the keypoint frames it was analysed from (never the video). */
export type Recorded = { readonly report: MovementReport; readonly frames: readonly KeypointFrame[] };

type SaveStatus = { readonly ok: true } | { readonly ok: false; readonly error: ApiError } | null;

export type SaveScreen = {
  /** Null until a save was tried; then whether it worked. */
  readonly status: SaveStatus;
  /** What went wrong, in the person's language, when the save failed. */
  readonly problem: ApiErrorDescription | null;
  /** A save is on its way: the button waits (a double tap must not store the screen twice). */
  readonly busy: boolean;
  readonly save: (recorded: Recorded) => Promise<void>;
  /** Forgets the last save's outcome, when a new recording replaces the one it was about. */
  readonly reset: () => void;
};

/**
 * Saves a recorded test with the server as a movement screen: the report and the keypoints, never the video.
 * It runs only when the person asks for it.
 */
export function useSaveScreen(onSaved?: () => void): SaveScreen {
  const { i18n } = useTranslation();
  const { call } = useAppContext();
  const [status, setStatus] = useState<SaveStatus>(null);
  const [busy, setBusy] = useState(false);
  const problem = status === null || status.ok ? null : describeApiError(status.error, i18n);
  // One saver per page: it remembers the recordings already stored, so none is stored twice.
  const saver = useMemo(
    () =>
      new OnceSaver(({ report, frames }: Recorded, id: string) =>
        call("saveMovementScreen", {
          body: {
            id,
            report,
            keypoints: frames.map((frame) => ({ timeMs: frame.timeMs, keypoints: { ...frame.keypoints } })),
          },
        }),
      ),
    [call],
  );

  async function save(recorded: Recorded) {
    if (saver.sending || saver.hasSaved(recorded)) return;
    setBusy(true);
    const result = await saver.save(recorded);
    setBusy(false);
    if (result === null) return;
    setStatus(result.ok ? { ok: true } : { ok: false, error: result.error });
    if (result.ok) onSaved?.();
  }

  return {
    status,
    problem,
    busy,
    save,
    reset: () => {
      setStatus(null);
    },
  };
}
