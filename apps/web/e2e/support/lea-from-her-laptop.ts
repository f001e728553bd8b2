import { callRoute } from "@hipcheck/contracts";
import type { RouteTransport } from "@hipcheck/contracts";
import { addDays, weekdayOf } from "@hipcheck/core";
import type { Program } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { ok } from "./ok.js";

/**
 * Lea's check-in and program from four days ago, training on today's weekday, and three quiet mornings (2/10)
 * since, all answered on her laptop: her phone holds none of it until it reads them from the server.
 */
export async function leaFromHerLaptop(transport: RouteTransport, today: string): Promise<Program> {
  const start = addDays(today, -4);
  // No hard running day: the persona's is Sunday, and on a Sunday today's warm-up came before today's session.
  const answers = {
    ...personas.runnerPfp,
    availableDays: [weekdayOf(today)],
    activities: personas.runnerPfp.activities.map((activity) => ({ ...activity, hardDays: [] })),
  };
  await ok(callRoute(transport, "submitCheckIn", { body: { answers, date: start } }));
  const created = await ok(callRoute(transport, "createProgram", { body: { startDate: start } }));
  for (const day of [-3, -2, -1]) {
    await ok(
      callRoute(transport, "recordMorningCheckIn", {
        body: { date: addDays(today, day), pain: 2, settled: true },
      }),
    );
  }
  return created.program;
}
