import type { RouteOutput } from "@hipcheck/contracts";
import { useResource } from "../../api/use-resource.js";
import { useAppContext } from "../../app/app-context.js";

type CheckInView = RouteOutput<"listCheckIns">[number];
export type StoredScreen = CheckInView["screen"];

export type LatestScreen =
  | { readonly status: "loading" }
  /** Offline, or the server did not answer: nothing is known, so nothing is claimed. */
  | { readonly status: "unknown" }
  | { readonly status: "none" }
  | {
      readonly status: "known";
      readonly date: string;
      readonly screen: StoredScreen;
      readonly selfCheck: CheckInView["selfCheck"];
    };

/**
 * The red-flag screen of the person's latest check-in (or, for their coach, of a client's), as the server
 * recorded it: a stop that sent them to a clinician must still be there when they come back, on any device.
 */
export function useLatestScreen(personId?: string): LatestScreen {
  const { call } = useAppContext();
  const checkIns = useResource(personId ?? "self", () =>
    call("listCheckIns", { query: personId === undefined ? {} : { personId } }),
  );
  if (checkIns.status === "loading") return { status: "loading" };
  if (checkIns.status === "failed") return { status: "unknown" };
  const last = checkIns.value.at(-1);
  return last === undefined
    ? { status: "none" }
    : { status: "known", date: last.date, screen: last.screen, selfCheck: last.selfCheck };
}
