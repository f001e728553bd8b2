import { TechnicalDetail } from "./technical-detail.js";

/** What went wrong, as the page words it, announced at once; the server's own words folded away beside it. */
export function ProblemAlert({
  problem,
  testId,
}: {
  readonly problem: { readonly text: string; readonly detail?: string | undefined } | null;
  readonly testId?: string;
}) {
  if (problem === null) return null;
  return (
    <>
      <p className="error" role="alert" data-testid={testId}>
        {problem.text}
      </p>
      <TechnicalDetail detail={problem.detail} />
    </>
  );
}
