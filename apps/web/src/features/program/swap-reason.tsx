import { findExercise } from "@hipcheck/core";
import type { ProgramRevision } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { formatInstantDay } from "../../components/format-day.js";
import { currentLang } from "../../i18n/setup-i18n.js";

/** An exercise swapped in, and the latest revision that did it with the exercise it replaced. */
export type SwapIn = { readonly revision: ProgramRevision; readonly fromExerciseId: string };

/**
 * For each exercise a revision swapped in (another exercise, or another rung of its ladder), the latest revision
 * that did: what the person reads beside the new exercise, so a swap never comes without its reason.
 */
export function swapsIn(revisions: readonly ProgramRevision[]): ReadonlyMap<string, SwapIn> {
  const swaps = new Map<string, SwapIn>();
  for (const revision of revisions) {
    for (const change of revision.changes) {
      if (typeof change.to === "string" && typeof change.from === "string" && change.to !== change.from) {
        swaps.set(change.to, { revision, fromExerciseId: change.from });
      }
    }
  }
  return swaps;
}

/**
 * Under a swapped-in exercise: what it replaced and since when, the revision's reason in the person's language,
 * and the way to the page's "changes" panel, which holds every change (this line repeats only the one reason).
 */
export function SwapReason({ swap }: { readonly swap: SwapIn }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const from = findExercise(swap.fromExerciseId)?.name[lang] ?? swap.fromExerciseId;
  return (
    <p className="muted" data-testid="swap-reason">
      {t("program.swappedIn", { from, date: formatInstantDay(swap.revision.changedAt, i18n.language) })}
      {t("app.colon")}
      {swap.revision.reason[lang]} <a href="#changes-title">{t("program.seeChanges")}</a>
    </p>
  );
}
