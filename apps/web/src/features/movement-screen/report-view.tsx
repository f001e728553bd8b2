import { cameraErrorNote, type MovementReport } from "@hipcheck/motion";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../i18n/setup-i18n.js";

/** What a recorded test found: what to fix if it could not be scored, else each finding with its error. */
export function ReportView({ report }: { readonly report: MovementReport }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <div data-testid="screen-report" data-status={report.status}>
      <p>
        <strong>
          {report.status === "scored"
            ? t("screen.scored", { count: report.repCount })
            : t("screen.notScorable")}
        </strong>
      </p>
      {report.problems.length > 0 && (
        <ul>
          {report.problems.map((problem) => (
            <li key={problem.code} className={problem.severity === "blocking" ? "error" : "muted"}>
              {problem.message[lang]}
            </li>
          ))}
        </ul>
      )}
      {report.implausible.length > 0 && (
        <ul data-testid="implausible">
          {report.implausible.map((measure) => (
            <li key={`${measure.id}-${measure.side}`} className="muted">
              {measure.message[lang]}
            </li>
          ))}
        </ul>
      )}
      {report.findings.length > 0 ? (
        <ul>
          {report.findings.map((finding) => (
            // The message carries the value with its measurement error, in the reader's number format.
            <li key={`${finding.id}-${finding.side}`} data-band={finding.band}>
              {finding.message[lang]}
            </li>
          ))}
        </ul>
      ) : (
        // A report that was not scored says why in its problems already.
        report.status === "scored" &&
        report.noFindingsReason !== null && <p data-testid="no-findings">{report.noFindingsReason[lang]}</p>
      )}
      {report.perSide.length > 0 && (
        // The camera's measured error beside the knee angles it qualifies, bias and direction included, as the
        // command line prints it (decision 0522).
        <p className="muted" data-testid="camera-error">
          {cameraErrorNote()[lang]}
        </p>
      )}
      <p className="muted">{report.disclaimer[lang]}</p>
    </div>
  );
}
