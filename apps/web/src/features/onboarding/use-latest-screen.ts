import type { RouteOutput } from "@hipcheck/contracts";
import { useEffect, useState } from "react";
import { useAppContext } from "../../app/app-context.js";

export type StoredScreen = RouteOutput<"listCheckIns">[number]["screen"];

export type LatestScreen =
  | { readonly status: "loading" }
  /** Offline, or the server did not answer: nothing is known, so nothing is claimed. */
  | { readonly status: "unknown" }
  | { readonly status: "none" }
  | { readonly status: "known"; readonly date: string; readonly screen: StoredScreen };

/**
 * The red-flag screen of the person's latest check-in, as the server recorded it: a stop that sent them to a
 * clinician must still be there when they come back, on any device.
 */
export function useLatestScreen(): LatestScreen {
  const { call } = useAppContext();
  const [latest, setLatest] = useState<LatestScreen>({ status: "loading" });
  useEffect(() => {
    const mounted = { live: true };
    void call("listCheckIns", { query: {} }).then((result) => {
      if (!mounted.live) return;
      if (!result.ok) {
        setLatest({ status: "unknown" });
        return;
      }
      const last = result.value.at(-1);
      setLatest(
        last === undefined ? { status: "none" } : { status: "known", date: last.date, screen: last.screen },
      );
    });
    return () => {
      mounted.live = false;
    };
  }, [call]);
  return latest;
}
