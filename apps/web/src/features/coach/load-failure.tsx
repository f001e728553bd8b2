import type { ApiError } from "@hipcheck/contracts";
import { useTranslation } from "react-i18next";
import { describeApiError } from "../../api/describe-api-error.js";
import { ProblemAlert } from "../../components/problem-alert.js";

/** A read that failed, said so, with a way to try again: a coach's page never shows an empty list instead. */
export function LoadFailure({
  error,
  onRetry,
  testId,
}: {
  readonly error: ApiError;
  readonly onRetry: () => void;
  readonly testId: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="card" data-testid={testId}>
      <ProblemAlert problem={describeApiError(error, i18n)} />
      <button type="button" onClick={onRetry} data-testid={`${testId}-retry`}>
        {t("coaching.retry")}
      </button>
    </div>
  );
}
