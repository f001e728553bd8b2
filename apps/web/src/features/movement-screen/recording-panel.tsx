import { useState } from "react";
import type { RefObject } from "react";
import type { KeypointFrame } from "@hipcheck/motion";
import { useTranslation } from "react-i18next";
import { useAppContext } from "../../app/app-context.js";

/** Seconds recorded per test and side: enough for three slow repetitions (clinical.md §1: average of 3 trials). */
export const RECORDING_SECONDS = 8;

type Props = { readonly live: boolean; readonly recording: RefObject<KeypointFrame[] | null> };

/** Records a test as keypoints and saves it with the server. */
export function RecordingPanel({ live, recording }: Props) {
  const { t } = useTranslation();
  const { call } = useAppContext();
  const [frames, setFrames] = useState<KeypointFrame[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function record() {
    recording.current = [];
    setBusy(true);
    window.setTimeout(() => {
      setFrames(recording.current);
      recording.current = null;
      setBusy(false);
    }, RECORDING_SECONDS * 1000);
  }

  async function save(series: KeypointFrame[]) {
    const result = await call("saveMovementScreen", {
      body: { report: { test: "single-leg-squat", status: "not-scorable" }, keypoints: series },
    });
    setStatus(result.ok ? t("screen.saved") : result.error.message);
  }

  return (
    <section className="card">
      <h2>{t("screen.test")}</h2>
      <button type="button" disabled={!live || busy} onClick={record} data-testid="record">
        {t("screen.record", { s: RECORDING_SECONDS })}
      </button>
      {frames !== null && (
        <button type="button" onClick={() => void save(frames)} data-testid="save-screen">
          {t("screen.save")}
        </button>
      )}
      {status !== null && <p role="status">{status}</p>}
    </section>
  );
}
