import { z } from "zod";
import type { RouteDefinition } from "./route-definition.js";

export const LivenessSchema = z.object({ status: z.literal("alive") });

/**
 * Liveness apart from readiness (decision 0390): `/api/health` answers 503 while the database does not answer, so
 * a proxy sends no one there; `/api/health/live` answers while the process runs, so a supervisor restarts only a
 * process that hangs, not one waiting for its database to come back.
 */
export const systemRoutes = {
  liveness: {
    method: "GET",
    path: "/api/health/live",
    tag: "system",
    summary: "Is the process running? (answers even while the database does not)",
    access: "public",
    successStatus: 200,
    response: LivenessSchema,
  },
} as const satisfies Record<string, RouteDefinition>;
