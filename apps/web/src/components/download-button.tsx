import { useState } from "react";
import type { ApiError, RouteInput, RouteName } from "@hipcheck/contracts";
import { useTranslation } from "react-i18next";
import { downloadRouteFile } from "../api/download-route-file.js";

type DownloadButtonProps<N extends RouteName> = {
  readonly route: N;
  readonly input: RouteInput<N>;
  readonly fallbackFileName: string;
  readonly label: string;
  readonly testId: string;
  readonly primary?: boolean;
};

/** Says in the person's language why a download did not happen (the server's own message is English). */
export function downloadErrorKey(error: ApiError) {
  if (error.status === 0) return "sharing.downloadOffline" as const;
  if (error.status === 404) return "sharing.downloadMissing" as const;
  return "sharing.downloadFailed" as const;
}

/** A button that downloads one file route and says so on the page when it cannot. */
export function DownloadButton<N extends RouteName>(props: DownloadButtonProps<N>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  async function download() {
    setBusy(true);
    setError(null);
    const result = await downloadRouteFile(props.route, props.input, props.fallbackFileName);
    setBusy(false);
    if (!result.ok) setError(result.error);
  }
  return (
    <span style={{ display: "inline-flex", flexDirection: "column", gap: "0.25rem" }}>
      <button
        type="button"
        className={props.primary === true ? undefined : "secondary"}
        disabled={busy}
        onClick={() => void download()}
        data-testid={props.testId}
      >
        {props.label}
      </button>
      {error !== null && (
        <span className="error" role="alert" data-testid={`${props.testId}-error`}>
          {t(downloadErrorKey(error), { message: error.message })}
        </span>
      )}
    </span>
  );
}
