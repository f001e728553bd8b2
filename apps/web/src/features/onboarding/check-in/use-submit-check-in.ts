import { screenRedFlags } from "@hipcheck/core";
import type { ApiError } from "@hipcheck/contracts";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useAppContext } from "../../../app/app-context.js";
import { todayIso } from "../../../app/today.js";
import { currentLang } from "../../../i18n/setup-i18n.js";
import { saveAnswers, saveProgram } from "../../../offline/local-store.js";
import { missingTrainingDays, toAnswers } from "../answers-draft.js";
import type { AnswersDraft, DraftProblem } from "../answers-draft.js";
import { recordBaseline } from "../record-baseline.js";
import { checkInIds } from "./check-in-ids.js";
import { resumedProgram } from "./resumed-program.js";

export type SubmitCheckIn = {
  readonly submit: (draft: AnswersDraft) => Promise<void>;
  readonly sending: boolean;
  readonly problems: readonly DraftProblem[];
  readonly serverError: ApiError | null;
};

/**
 * Sends the check-in: the server screens it (its screen is the record), then, when self-management is allowed,
 * makes the program, unless the clean screen resumed a program paused by a sharp rise in pain (the server says so
 * with the revision it made); the device keeps both and queues the ratings. The draft and the ids it was sent under
 * are kept, and the result opens as a page of its own: Back finds the last step as it was answered, the same
 * answers sent again are the same check-in, and changed answers a new one (decisions 0800, 0850).
 */
export function useSubmitCheckIn(): SubmitCheckIn {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { call, store, syncNow } = useAppContext();
  const [sending, setSending] = useState(false);
  const [problems, setProblems] = useState<readonly DraftProblem[]>([]);
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const ids = useMemo(() => checkInIds(), []);

  async function send(draft: AnswersDraft): Promise<void> {
    const answers = toAnswers(draft, currentLang(i18n.language));
    if (!answers.ok) {
      setProblems(answers.error);
      return;
    }
    if (missingTrainingDays(answers.value)) {
      setProblems([{ field: t("onboarding.daysTitle"), message: t("onboarding.daysRequired") }]);
      return;
    }
    setProblems([]);
    setServerError(null);
    await saveAnswers(store, answers.value);
    // The same answers sent again (a lost answer, a reload, the program step failing after) are one check-in.
    const date = todayIso();
    const id = ids.checkIn.idFor({ answers: answers.value, date });
    const checkIn = await call("submitCheckIn", { body: { answers: answers.value, date, id } });
    if (!checkIn.ok) {
      setServerError(checkIn.error);
      return;
    }
    // The server's screen is the record; the core's own screen gives the page its full, typed wording.
    const screen = screenRedFlags(answers.value);
    // A stop goes no further: the advice says whom to see (decision 0800).
    if (!checkIn.value.screen.selfManagementAllowed) {
      void navigate("/see-a-clinician", { state: { screen } });
      return;
    }
    // A program paused by a sharp rise in pain resumed, smaller, with this clean screen (or with this same check-in
    // sent before, its answer lost): it goes on, no new one.
    if (!(await resumedProgram(call, store, checkIn.value.revision))) {
      // Sent again after a lost answer, the same request makes one program.
      const startDate = todayIso();
      const created = await call("createProgram", {
        body: { startDate, id: ids.program.idFor({ checkInId: checkIn.value.checkInId, startDate }) },
      });
      if (!created.ok) {
        setServerError(created.error);
        return;
      }
      await saveProgram(store, {
        programId: created.value.programId,
        program: created.value.program,
        revisions: [],
      });
    }
    await recordBaseline(store, answers.value, todayIso(), checkIn.value.checkInId);
    void syncNow();
    void navigate(screen.tier === "none" ? "/program" : "/see-a-clinician", { state: { screen } });
  }

  async function submit(draft: AnswersDraft): Promise<void> {
    // One sending at a time: a second click while the first is on its way sends nothing more.
    if (sending) return;
    setSending(true);
    try {
      await send(draft);
    } finally {
      setSending(false);
    }
  }

  return { submit, sending, problems, serverError };
}
