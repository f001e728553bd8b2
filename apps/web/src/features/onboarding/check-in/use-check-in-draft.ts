import { useCallback, useEffect, useState } from "react";
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
  const [draft, setDraft] = useState<AnswersDraft | null>(null);
  useEffect(() => {
    const mounted = { live: true };
    void loadCheckInDraft(store).then((value) => {
      if (mounted.live) setDraft(parseStoredDraft(value)?.draft ?? emptyDraft());
    });
    return () => {
      mounted.live = false;
    };
  }, [store]);
  useEffect(() => {
    if (draft !== null) void saveCheckInDraft(store, storedDraft(draft));
  }, [draft, store]);
  const update = useCallback((change: (next: AnswersDraft) => void) => {
    setDraft((previous) => {
      const next = structuredClone(previous ?? emptyDraft());
      change(next);
      return next;
    });
  }, []);
  return draft === null ? { status: "loading" } : { status: "ready", draft, update };
}
