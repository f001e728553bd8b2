import { ok } from "@hipcheck/core";
import type { HandlersOf } from "./route-handler.js";

/** Liveness needs nothing but a running process; readiness (`health`) is checked before its handler runs. */
export const systemHandlers: HandlersOf<"liveness"> = {
  liveness: () => Promise.resolve(ok({ status: "alive" as const })),
};
