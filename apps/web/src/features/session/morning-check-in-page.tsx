import type { ApiError } from "@hipcheck/contracts";
import { ok } from "@hipcheck/core";
import type { ProgramRevision, Result } from "@hipcheck/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useResource } from "../../api/use-resource.js";
import { useAppContext } from "../../app/app-context.js";
import { ResourceStatus } from "../../components/resource-status.js";
import { todayIso } from "../../app/today.js";
import { ScoreField } from "../../components/score-field.js";
import { loadProgram, recordEntry } from "../../offline/local-store.js";
import type { ProgramSnapshot } from "../../offline/local-store.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { ProgramChanges } from "../program/program-changes.js";
import { ProgramPaused } from "../program/program-status.js";
import { fetchProgramSnapshot } from "../program/use-program.js";

type Saved = {
  /** The program's revision on this device when the answer was saved: later ones are what it changed. */
  readonly revisionAtSave: number | undefined;
  /** The sync runs finished before the answer was queued. */
  readonly roundsAtSave: number;
};

/**
 * What this morning's answer changed, once the server has it (it revises the program as the answer arrives):
 * the revisions made since the answer was saved, the pause and its re-screen if pain rose sharply, or "no change".
 * Offline, the person reads that the program is reviewed once the answer is sent.
 */
function MorningResult({ revisionAtSave, roundsAtSave }: Saved) {
  const { t } = useTranslation();
  const { call, store, sync } = useAppContext();
  // The answer is sent by a sync run that ends after it was saved: only then can the program have changed.
  const sent = sync.pending === 0 && sync.rounds > roundsAtSave;
  const program = useResource(
    sent ? "program-after-morning" : null,
    async (): Promise<Result<ProgramSnapshot | null, ApiError>> =>
      // The server's program, revised by the answer; the device's copy if the server cannot be reached now.
      ok((await fetchProgramSnapshot(call, store)) ?? (await loadProgram(store)) ?? null),
  );
  if (!sent) {
    return (
      <p className="muted" data-testid="morning-pending">
        {t("morningResult.pending")}
      </p>
    );
  }
  if (program.status !== "ready") return <ResourceStatus resource={program} />;
  const fresh = program.value;
  const changes: readonly ProgramRevision[] =
    fresh === null ? [] : fresh.revisions.filter((revision) => revision.revision > (revisionAtSave ?? -1));
  return (
    <div data-testid="morning-result" data-changes={changes.length}>
      {fresh !== null && <ProgramPaused program={fresh.program} revisions={fresh.revisions} />}
      {changes.length === 0 ? (
        <p data-testid="morning-no-change">{t("morningResult.noChange")}</p>
      ) : (
        <ProgramChanges revisions={changes} />
      )}
    </div>
  );
}

/**
 * The next-morning check: is the knee back to its usual level? The pain-monitoring model (Silbernagel 2007,
 * docs/clinical §5.4) judges a session by the next morning, not by how it felt during. After saving, the page
 * shows what the answer changed in the program.
 */
export function MorningCheckInPage() {
  const { t } = useTranslation();
  usePageTitle(t("session.morningTitle"));
  const { store, sync, syncNow } = useAppContext();
  const [pain, setPain] = useState(0);
  const [settled, setSettled] = useState(true);
  const [saved, setSaved] = useState<Saved | null>(null);
  // Clicks arrive faster than React re-renders: the guard must hold from the first one.
  const saving = useRef(false);
  async function save() {
    if (saving.current) return;
    saving.current = true;
    const date = todayIso();
    const roundsAtSave = sync.rounds;
    // Written on the phone first, in the press's own task: Back pressed at once, or a slow phone still reading the
    // program beside it, cannot lose the answer (decision 0922). One answer per day: its date is its id, so a
    // resend replaces nothing and is stored once. The program read is the one before the answer: it changes only
    // once the server has the answer.
    const [, before] = await Promise.all([
      recordEntry(store, { id: `check-in-${date}`, kind: "check-in", payload: { date, pain, settled } }),
      loadProgram(store),
    ]);
    setSaved({ revisionAtSave: before?.program.revision, roundsAtSave });
    await syncNow();
  }
  return (
    <article data-testid="morning-page">
      <h1>{t("session.morningTitle")}</h1>
      <p>{t("session.morningPrompt")}</p>
      <ScoreField label={t("session.morningPain")} value={pain} onChange={setPain} testId="morning-pain" />
      <label>
        <input
          type="checkbox"
          checked={settled}
          onChange={(e) => {
            setSettled(e.target.checked);
          }}
          data-testid="morning-settled"
        />
        {t("session.morningSettled")}
      </label>
      <div className="actions">
        <button
          type="button"
          onClick={() => void save()}
          disabled={saved !== null}
          data-testid="morning-save"
        >
          {t("session.morningSave")}
        </button>
      </div>
      {saved !== null && (
        <>
          <p className="ok" role="status">
            {t("session.morningSaved")}
          </p>
          <MorningResult {...saved} />
        </>
      )}
    </article>
  );
}
