import { useEffect, useState } from "react";
import type { RouteOutput } from "@hipcheck/contracts";
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
import { useAppContext } from "../../app/app-context.js";
import { movementFindingIds, movementRows } from "./movement-series.js";

type Screen = RouteOutput<"listMovementScreens">[number];

const SIDE_COLOURS = { left: "#1d4e89", right: "#b5400f" } as const;

function FindingChart({
  screens,
  findingId,
}: {
  readonly screens: readonly Screen[];
  readonly findingId: string;
}) {
  const { t } = useTranslation();
  const rows = movementRows(screens, findingId);
  const sem = Math.max(
    ...rows.flatMap((row) =>
      [row.leftBand, row.rightBand].flatMap((band) => (band === null ? [] : [(band[1] - band[0]) / 2])),
    ),
  );
  return (
    <section className="card" data-testid={`movement-${findingId}`}>
      <h3>{findingId}</h3>
      <p className="muted">{t("progress.errorBand", { sem: Number.isFinite(sem) ? sem.toFixed(1) : "–" })}</p>
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={rows.map((row) => ({
              ...row,
              leftBand: row.leftBand === null ? null : [...row.leftBand],
              rightBand: row.rightBand === null ? null : [...row.rightBand],
            }))}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="date" />
            <YAxis unit="°" />
            <Tooltip />
            <Legend />
            {(["left", "right"] as const).map((side) => (
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
            {(["left", "right"] as const).map((side) => (
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
            {row.date}: {t("session.left")} {row.left ?? "–"}°, {t("session.right")} {row.right ?? "–"}°
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The movement screens over time, per side, each value with its measurement error drawn as a band. */
export function MovementChart({ personId }: { readonly personId?: string }) {
  const { t } = useTranslation();
  const { call } = useAppContext();
  const [screens, setScreens] = useState<readonly Screen[]>([]);
  useEffect(() => {
    void call("listMovementScreens", { query: personId === undefined ? {} : { personId } }).then((result) => {
      if (result.ok) setScreens(result.value);
    });
  }, [call, personId]);
  const findingIds = movementFindingIds(screens);
  return (
    <section data-testid="movement-chart" data-screens={screens.length}>
      <h2>{t("progress.movement")}</h2>
      {findingIds.length === 0 ? (
        <p>{t("progress.noData")}</p>
      ) : (
        findingIds.map((findingId) => (
          <FindingChart key={findingId} screens={screens} findingId={findingId} />
        ))
      )}
    </section>
  );
}
