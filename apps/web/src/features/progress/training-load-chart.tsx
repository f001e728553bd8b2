import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { ScrollableTable } from "../../components/scrollable-table.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { trainingLoadRows } from "./training-load-rows.js";
import type { LoadRow, LoadWeek } from "./training-load-rows.js";

const COLOURS = { bar: "#1d4e89", marked: "#b5400f", usual: "#6b3fa0", worst: "#a4161a" };
const MARKER = "▲";

function ThisWeek({ row, numbers }: { readonly row: LoadRow; readonly numbers: Intl.NumberFormat }) {
  const { t } = useTranslation();
  return (
    <p data-testid="load-this-week" data-signal={row.signal}>
      <strong>{t("load.thisWeek", { signal: t(`load.signal.${row.signal}`) })}</strong>{" "}
      {row.loadRatio !== null && <>{t("load.ratioText", { ratio: numbers.format(row.loadRatio) })}. </>}
      {t(`load.signalMeaning.${row.signal}`)}
    </p>
  );
}

/**
 * Weekly knee repetitions as bars beside weekly pain as lines (0–10, right axis), weeks whose load rose or
 * spiked marked in colour and with a symbol, and the same numbers in a table for people who cannot see the
 * chart. The signal is Gabbett's acute:chronic idea (Br J Sports Med 2016), computed by the server; see
 * docs/clinical/training-load.md for why it is only a prompt to look.
 */
export function TrainingLoadChart({
  weeks,
  forCoach = false,
}: {
  readonly weeks: readonly LoadWeek[];
  /** A coach reads about the client, in the third person. */
  readonly forCoach?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const rows = trainingLoadRows(weeks, lang);
  const numbers = new Intl.NumberFormat(lang);
  const percent = new Intl.NumberFormat(lang, { style: "percent" });
  // "6 k" rather than "6000": the axis keeps its width on a 320 px phone.
  const compact = new Intl.NumberFormat(lang, { notation: "compact" });
  // The legend is drawn below the chart, not inside it: wrapped on a narrow phone, it would take the plot's height.
  const [legendHost, setLegendHost] = useState<HTMLDivElement | null>(null);
  const latest = rows.at(-1);
  const total = rows.reduce((sum, row) => sum + row.repetitions, 0);
  return (
    <section
      className="card"
      data-testid="training-load-chart"
      data-weeks={rows.length}
      data-repetitions={total}
      data-pain-weeks={rows.filter((row) => row.painUsual !== null).length}
      data-marked-weeks={rows.filter((row) => row.marked).length}
    >
      <h3>{t("load.chartTitle")}</h3>
      {latest !== undefined && <ThisWeek row={latest} numbers={numbers} />}
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={rows.map((row) => ({
              ...row,
              usualRepetitions: row.marked ? null : row.repetitions,
              markedRepetitions: row.marked ? row.repetitions : null,
              marker: row.marked ? MARKER : null,
            }))}
            margin={{ top: 16, right: 0, bottom: 8, left: 0 }}
            // The chart is hidden from assistive technology (the table carries its numbers): no keyboard stop.
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" minTickGap={12} />
            <YAxis
              yAxisId="repetitions"
              allowDecimals={false}
              width={48}
              tickFormatter={(value: number) => compact.format(value)}
            />
            <YAxis yAxisId="pain" orientation="right" domain={[0, 10]} allowDecimals={false} width={28} />
            <Tooltip separator={t("app.colon")} />
            <Legend portal={legendHost} />
            {/* Two stacked series, one empty each week: marked weeks get their own colour and legend. */}
            <Bar
              yAxisId="repetitions"
              dataKey="usualRepetitions"
              stackId="repetitions"
              name={t("load.weekRepetitions")}
              fill={COLOURS.bar}
              isAnimationActive={false}
            />
            <Bar
              yAxisId="repetitions"
              dataKey="markedRepetitions"
              stackId="repetitions"
              name={t("load.markedWeek")}
              fill={COLOURS.marked}
              isAnimationActive={false}
            >
              <LabelList dataKey="marker" position="top" fill={COLOURS.marked} />
            </Bar>
            <Line
              yAxisId="pain"
              type="monotone"
              dataKey="painUsual"
              name={t("load.painUsual")}
              stroke={COLOURS.usual}
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={{ r: 4 }}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              yAxisId="pain"
              type="monotone"
              dataKey="painWorst"
              name={t("load.painWorst")}
              stroke={COLOURS.worst}
              strokeWidth={2}
              dot={{ r: 4 }}
              connectNulls
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <div ref={setLegendHost} className="chart-legend" aria-hidden="true" data-testid="load-legend" />
      <p className="muted">{t("load.marker")}</p>
      <p className="muted" data-testid="load-source">
        {t("load.source")}
      </p>
      <p data-testid="load-caution">{t(forCoach ? "load.cautionCoach" : "load.caution")}</p>
      <details>
        <summary>{t("load.table")}</summary>
        <ScrollableTable label={t("load.table")}>
          <thead>
            <tr>
              <th scope="col">{t("load.week")}</th>
              <th scope="col">{t("load.weekRepetitions")}</th>
              <th scope="col">{t("load.estimatedShare")}</th>
              <th scope="col">{t("load.painUsual")}</th>
              <th scope="col">{t("load.painWorst")}</th>
              <th scope="col">{t("load.ratio")}</th>
              <th scope="col">{t("load.signalLabel")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.from}
                data-testid="load-week"
                data-from={row.from}
                data-to={row.to}
                data-repetitions={row.repetitions}
                data-pain-usual={row.painUsual ?? ""}
                data-pain-worst={row.painWorst ?? ""}
                data-signal={row.signal}
              >
                <th scope="row">{row.range}</th>
                <td>{numbers.format(row.repetitions)}</td>
                <td>{row.repetitions === 0 ? "–" : percent.format(row.estimatedPercent / 100)}</td>
                <td>{row.painUsual === null ? "–" : numbers.format(row.painUsual)}</td>
                <td>{row.painWorst === null ? "–" : numbers.format(row.painWorst)}</td>
                <td>{row.loadRatio === null ? "–" : numbers.format(row.loadRatio)}</td>
                <td>
                  {row.marked && `${MARKER} `}
                  {t(`load.signal.${row.signal}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      </details>
    </section>
  );
}
