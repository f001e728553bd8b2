import type { Answers, IsoDate } from "@hipcheck/core";
import { recordEntry } from "../../offline/local-store.js";
import type { LocalStore } from "../../offline/local-store.js";

/**
 * The check-in's pain ratings and PSFS scores are the first points of the progress charts: the baseline every
 * checkpoint compares with. They are queued like any other entry, each under its own id so that a resend is
 * stored once.
 */
export async function recordBaseline(store: LocalStore, answers: Answers, date: IsoDate): Promise<void> {
  if (answers.symptoms !== null) {
    const { painNow, painUsual, painWorst } = answers.symptoms;
    await recordEntry(store, {
      id: crypto.randomUUID(),
      kind: "pain",
      payload: { date, painNow, painUsual, painWorst },
    });
  }
  if (answers.psfs !== undefined) {
    await recordEntry(store, {
      id: crypto.randomUUID(),
      kind: "psfs",
      payload: { date, items: answers.psfs },
    });
  }
}
