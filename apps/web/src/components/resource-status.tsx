import { useTranslation } from "react-i18next";
import type { Resource } from "../api/use-resource.js";
import { ProblemAlert } from "./problem-alert.js";

/** The one "loading" line every page shows while its data is on the way. */
export function LoadingNote() {
  const { t } = useTranslation();
  return <p role="status">{t("app.loading")}</p>;
}

/** The one failure display: what went wrong in the person's language, and a button to ask again. */
export function LoadFailed({
  problem,
  onRetry,
  testId,
}: {
  readonly problem: { readonly text: string; readonly detail?: string | undefined };
  readonly onRetry: () => void;
  readonly testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="load-failed">
      <ProblemAlert problem={problem} {...(testId === undefined ? {} : { testId })} />
      <button type="button" onClick={onRetry}>
        {t("resource.retry")}
      </button>
    </div>
  );
}

/**
 * What to show instead of the content while a resource is not ready: the loading line or the failure with its
 * retry; nothing once it is ready.
 */
export function ResourceStatus<T>({
  resource,
  testId,
}: {
  readonly resource: Resource<T>;
  readonly testId?: string;
}) {
  if (resource.status === "loading") return <LoadingNote />;
  if (resource.status === "failed") {
    return (
      <LoadFailed
        problem={resource.problem}
        onRetry={resource.reload}
        {...(testId === undefined ? {} : { testId })}
      />
    );
  }
  return null;
}
