import { useState } from "react";
import type { ApiError, RouteInput, RouteName } from "@hipcheck/contracts";
import { useTranslation } from "react-i18next";
import { describeApiError } from "../api/describe-api-error.js";
import { downloadRouteFile } from "../api/download-route-file.js";
import { TechnicalDetail } from "./technical-detail.js";

type DownloadButtonProps<N extends RouteName> = {
  readonly route: N;
  readonly input: RouteInput<N>;
  readonly fallbackFileName: string;
  readonly label: string;
  readonly testId: string;
  readonly primary?: boolean;
};

/** A button that downloads one file route and says so on the page when it cannot. */
export function DownloadButton<N extends RouteName>(props: DownloadButtonProps<N>) {
  const { i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // Said in the person's language: the server's own message is English.
  const problem = error === null ? null : describeApiError(error, i18n, "download");
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
      {problem !== null && (
        <>
          <span className="error" role="alert" data-testid={`${props.testId}-error`}>
            {problem.text}
          </span>
          <TechnicalDetail detail={problem.detail} />
        </>
      )}
    </span>
  );
}
