import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../components/format-day.js";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartSeries = {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
  readonly dashed?: boolean;
};

type Props = {
  readonly title: string;
  /** One row a day: `date` (ISO) on the x axis, the series' keys for the lines. */
  readonly rows: readonly ({ readonly date: string } & Record<string, string | number | null>)[];
  readonly series: readonly ChartSeries[];
  readonly yDomain?: readonly [number, number];
  readonly testId: string;
  readonly children?: ReactNode;
};

/**
 * A line chart with its numbers also in a table (inside a disclosure), so the figures reach people who cannot
 * see the chart. Colours are distinguishable in greyscale thanks to dashes and markers.
 */
export function LineChartCard({ title, rows, series, yDomain, testId, children }: Props) {
  const { t, i18n } = useTranslation();
  const shortDay = (date: string) => formatDay(date, i18n.language, { day: "numeric", month: "short" });
  const longDay = (date: string) => formatDay(date, i18n.language);
  return (
    <section className="card" data-testid={testId} data-points={rows.length}>
      <h2>{title}</h2>
      {children}
      {/* Nothing recorded yet: an empty grid and an empty table would say nothing, so a sentence says so. */}
      {rows.length === 0 ? (
        <p className="muted" data-testid={`${testId}-empty`}>
          {t("progress.noData")}
        </p>
      ) : (
        <>
          <div className="chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <LineChart
                data={[...rows]}
                accessibilityLayer={false}
                margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="date" tickFormatter={shortDay} />
                <YAxis
                  domain={yDomain === undefined ? ["auto", "auto"] : [...yDomain]}
                  allowDecimals={false}
                />
                <Tooltip
                  separator={t("app.colon")}
                  labelFormatter={(date: unknown) => (typeof date === "string" ? longDay(date) : "")}
                />
                <Legend />
                {series.map((line) => (
                  <Line
                    key={line.key}
                    type="monotone"
                    dataKey={line.key}
                    name={line.label}
                    stroke={line.colour}
                    strokeWidth={2}
                    {...(line.dashed === true ? { strokeDasharray: "6 3" } : {})}
                    dot={{ r: 4 }}
                    connectNulls
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <details>
            <summary>{title}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("progress.date")}</th>
                  {series.map((line) => (
                    <th key={line.key} scope="col">
                      {line.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, n) => (
                  <tr key={`${row.date}-${n}`}>
                    <th scope="row">{longDay(row.date)}</th>
                    {series.map((line) => (
                      <td key={line.key}>{row[line.key] ?? "–"}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
