import { useCallback, useEffect, useState } from "react";
import { ok } from "@hipcheck/core";
import { useResource } from "../../../api/use-resource.js";
import { useAppContext } from "../../../app/app-context.js";
import { loadCheckInDraft, saveCheckInDraft } from "../../../offline/local-store.js";
import { emptyDraft } from "../answers-draft.js";
import type { AnswersDraft } from "../answers-draft.js";
import { parseStoredDraft, storedDraft } from "./stored-draft.js";

export type DraftState =
  | { readonly status: "loading" }
  | {
      readonly status: "ready";
      readonly draft: AnswersDraft;
      readonly update: (change: (next: AnswersDraft) => void) => void;
    };

/**
 * The check-in in progress: read back from the device once (parsed, see stored-draft.ts), and written back after
 * every change, so a reload or a closed tab finds every answer where it was left.
 */
export function useCheckInDraft(): DraftState {
  const { store } = useAppContext();
  const kept = useResource("check-in-draft", async () =>
    ok(parseStoredDraft(await loadCheckInDraft(store))?.draft ?? emptyDraft()),
  );
  const [edited, setDraft] = useState<AnswersDraft | null>(null);
  const keptDraft = kept.status === "ready" ? kept.value : null;
  const draft = edited ?? keptDraft;
  useEffect(() => {
    if (edited !== null) void saveCheckInDraft(store, storedDraft(edited));
  }, [edited, store]);
  const update = useCallback(
    (change: (next: AnswersDraft) => void) => {
      setDraft((previous) => {
        const next = structuredClone(previous ?? keptDraft ?? emptyDraft());
        change(next);
        return next;
      });
    },
    [keptDraft],
  );
  return draft === null ? { status: "loading" } : { status: "ready", draft, update };
}
