import { STRENGTH_TESTS, type ProgressReport } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { currentLang } from "../../i18n/setup-i18n.js";
import { LineChartCard } from "../progress/line-chart-card.js";

const COLOURS = { left: "#1d4e89", right: "#b5400f" };

/**
 * Each strength check over time, left and right, beside pain on the progress page (the person's, or a client's on
 * the coach's page), with the change since the baseline that is larger than the check's own error, or not.
 */
export function StrengthSection({
  report,
  forCoach,
}: {
  readonly report: ProgressReport;
  readonly forCoach: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const { series, comparisons } = report.strength;
  return (
    <section data-testid="strength-section">
      {series.map(({ test, points }) => {
        const comparison = comparisons.find((candidate) => candidate.test === test);
        return (
          <LineChartCard
            key={test}
            title={t("strength.chartTitle", { test: STRENGTH_TESTS[test].name[lang] })}
            testId={`strength-chart-${test}`}
            rows={points.map((point) => ({ date: point.date, left: point.left, right: point.right }))}
            series={[
              { key: "left", label: t("strength.sideName.left"), colour: COLOURS.left },
              { key: "right", label: t("strength.sideName.right"), colour: COLOURS.right, dashed: true },
            ]}
          >
            <p className="muted">{t("strength.chartUnit", { unit: STRENGTH_TESTS[test].unit })}</p>
            {comparison === undefined ? (
              <p data-testid={`strength-baseline-${test}`}>
                {t("strength.noBaseline", { test: STRENGTH_TESTS[test].name[lang] })}
              </p>
            ) : (
              <p
                data-testid={`strength-change-${test}`}
                data-changes={comparison.sides.map((side) => side.change).join(" ")}
              >
                {comparison.explanation[lang]}
              </p>
            )}
          </LineChartCard>
        );
      })}
      {!forCoach && (
        <p>
          <Link to="/strength" data-testid="open-strength">
            {t("strength.doCheck")}
          </Link>
        </p>
      )}
    </section>
  );
}
