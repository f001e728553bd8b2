import type { Answers, IsoDate } from "@hipcheck/core";
import { recordEntry } from "../../offline/local-store.js";
import type { LocalStore, OutboxItem } from "../../offline/local-store.js";

type BaselineEntry = Extract<OutboxItem, { readonly kind: "pain" | "psfs" }>;

/**
 * The check-in's pain ratings and PSFS scores, each under an id made from the check-in's: the same check-in sent
 * again (Back from its result, the same answers) queues them under the same ids, and the server stores them once.
 */
export function baselineEntries(answers: Answers, date: IsoDate, checkInId: string): BaselineEntry[] {
  const entries: BaselineEntry[] = [];
  if (answers.symptoms !== null) {
    const { painNow, painUsual, painWorst } = answers.symptoms;
    entries.push({ id: `${checkInId}-pain`, kind: "pain", payload: { date, painNow, painUsual, painWorst } });
  }
  if (answers.psfs !== undefined) {
    entries.push({ id: `${checkInId}-psfs`, kind: "psfs", payload: { date, items: answers.psfs } });
  }
  return entries;
}

/**
 * The check-in's pain ratings and PSFS scores are the first points of the progress charts: the baseline every
 * checkpoint compares with. They are queued like any other entry.
 */
export async function recordBaseline(
  store: LocalStore,
  answers: Answers,
  date: IsoDate,
  checkInId: string,
): Promise<void> {
  for (const entry of baselineEntries(answers, date, checkInId)) await recordEntry(store, entry);
}
