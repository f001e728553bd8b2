import type { Localized } from "@hipcheck/core";
import type { RouteOutput } from "@hipcheck/contracts";
import { FINDING_NAMES } from "@hipcheck/motion";
import { useTranslation } from "react-i18next";
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useResource } from "../../api/use-resource.js";
import { useAppContext } from "../../app/app-context.js";
import { ResourceStatus } from "../../components/resource-status.js";
import { formatDay } from "../../components/format-day.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { keptAnswer } from "../../offline/kept-answer.js";
import { keepMovementScreens, loadMovementScreens } from "../../offline/local-store.js";
import { FINDING_SIDES, movementFindingIds, movementRows } from "./movement-series.js";
import type { FindingSide } from "./movement-series.js";

type Screen = RouteOutput<"listMovementScreens">[number];

const SIDE_COLOURS: Readonly<Record<FindingSide, string>> = {
  left: "#1d4e89",
  right: "#b5400f",
  both: "#1f6f43",
};

function FindingChart({
  screens,
  findingId,
}: {
  readonly screens: readonly Screen[];
  readonly findingId: string;
}) {
  const { t, i18n } = useTranslation();
  const rows = movementRows(screens, findingId);
  const sides = FINDING_SIDES.filter((side) => rows.some((row) => row[side] !== null));
  const errors = rows.flatMap((row) =>
    sides.flatMap((side) => (row[`${side}Band`] === null ? [] : [row[`${side}Band`]])),
  );
  const semDeg =
    errors.length === 0 ? null : Math.max(...errors.map((band) => ((band?.[1] ?? 0) - (band?.[0] ?? 0)) / 2));
  const names = FINDING_NAMES as Readonly<Record<string, Localized | undefined>>;
  const label = names[findingId]?.[currentLang(i18n.language)] ?? findingId;
  const degrees = new Intl.NumberFormat(i18n.language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return (
    <section className="card" data-testid={`movement-${findingId}`}>
      <h3>{label}</h3>
      {semDeg !== null && <p className="muted">{t("progress.errorBand", { sem: degrees.format(semDeg) })}</p>}
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            accessibilityLayer={false}
            data={rows.map((row) => ({
              ...row,
              leftBand: row.leftBand && [...row.leftBand],
              rightBand: row.rightBand && [...row.rightBand],
              bothBand: row.bothBand && [...row.bothBand],
            }))}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="date"
              tickFormatter={(date: string) =>
                formatDay(date, i18n.language, { day: "numeric", month: "short" })
              }
            />
            <YAxis unit="°" />
            <Tooltip separator={t("app.colon")} />
            <Legend />
            {sides.map((side) => (
              <Area
                key={`${side}-band`}
                dataKey={`${side}Band`}
                stroke="none"
                fill={SIDE_COLOURS[side]}
                fillOpacity={0.15}
                legendType="none"
                isAnimationActive={false}
              />
            ))}
            {sides.map((side) => (
              <Line
                key={side}
                dataKey={side}
                name={t(`session.${side}`)}
                stroke={SIDE_COLOURS[side]}
                strokeWidth={2}
                {...(side === "right" ? { strokeDasharray: "6 3" } : {})}
                dot={{ r: 4 }}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ul>
        {rows.map((row) => (
          <li key={row.date}>
            {formatDay(row.date, i18n.language)}
            {t("app.colon")}
            {sides
              .map((side) => {
                const value = row[side];
                return `${t(`session.${side}`)} ${value === null ? "–" : degrees.format(value)}°`;
              })
              .join(", ")}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The movement screens over time, per side, each value with its measurement error drawn as a band. The person's
 * own are kept on the device as read, and drawn from there offline (decision 0890); a client's are never kept.
 */
export function MovementChart({ personId }: { readonly personId?: string }) {
  const { t } = useTranslation();
  const { call, store } = useAppContext();
  const resource = useResource<readonly Screen[]>(personId ?? "self", async () =>
    keptAnswer(
      personId,
      await call("listMovementScreens", { query: personId === undefined ? {} : { personId } }),
      { keep: (screens) => keepMovementScreens(store, screens), load: () => loadMovementScreens(store) },
    ),
  );
  const screens = resource.status === "ready" ? resource.value : [];
  const findingIds = movementFindingIds(screens);
  return (
    <section data-testid="movement-chart" data-screens={screens.length}>
      <h2>{t("progress.movement")}</h2>
      {resource.status !== "ready" ? (
        <ResourceStatus resource={resource} testId="movement-chart-error" />
      ) : findingIds.length === 0 ? (
        <p>{t("progress.noData")}</p>
      ) : (
        findingIds.map((findingId) => (
          <FindingChart key={findingId} screens={screens} findingId={findingId} />
        ))
      )}
    </section>
  );
}
