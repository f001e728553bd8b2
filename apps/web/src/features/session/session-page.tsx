import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReactNode } from "react";
import {
  describeDose,
  exerciseTempo,
  findExercise,
  PAIN_DURING_ACCEPTABLE_MAX,
  PAIN_RULE_SHORT,
} from "@hipcheck/core";
import type { PlannedExercise, PlannedSession } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useAppContext } from "../../app/app-context.js";
import { todayIso } from "../../app/today.js";
import { formatDay } from "../../components/format-day.js";
import { ScoreField } from "../../components/score-field.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { ExerciseFigure } from "../figure/exercise-figure.js";
import { ExerciseDetails } from "../learn/exercise-details.js";
import { useLatestScreen } from "../onboarding/use-latest-screen.js";
import { isPaused } from "../program/program-pause.js";
import { ProgramStopped } from "../program/program-stopped.js";
import { SessionPaused } from "../program/session-paused.js";
import { useHistory } from "../progress/use-history.js";
import { FormCheckPanel } from "./form-check-panel.js";
import { formCheckOf } from "./form-check-tests.js";
import { answerPainDuring } from "./in-session-answer.js";
import { queueSessionLog } from "./pain-after.js";
import type { InSessionAnswer } from "./in-session-answer.js";
import {
  EMPTY_SLOT,
  alignSessionDraft,
  draftFromAnotherTab,
  holdsWork,
  latestDraft,
  loadSessionDraft,
  saveSessionDraft,
  sessionLogOf,
  sessionDraftKey,
  sessionInAnotherTab,
  startSessionDraft,
  unfinishedOtherSession,
  withPainAfter,
} from "./session-draft.js";
import type { SessionDraft, SlotDraft } from "./session-draft.js";
import { browserLocks, holdSessionOpen, sessionsOpenElsewhere } from "./session-tab-locks.js";
import { DoneSessionSummary } from "./done-session-summary.js";
import { useHeldProgram } from "./use-held-program.js";
import { UnfinishedSessionCard } from "./unfinished-session-card.js";
import { WaitingCheckInCard } from "./waiting-check-in-card.js";
import { doneLogOf } from "./done-session.js";
import { SessionSummary } from "./session-summary.js";
import { sessionSteps } from "./session-steps.js";
import { speakCue } from "./speak-cue.js";
import { StepRunner } from "./step-runner.js";

/** The exercise as done in this session: the planned one, or what replaced it after pain above the line. */
function effectivePlanned(planned: PlannedExercise, slot: SlotDraft): PlannedExercise {
  return slot.replacement === undefined
    ? planned
    : { ...planned, exerciseId: slot.replacement.exerciseId, dose: slot.replacement.dose };
}

/** Pain above the acceptable line, answered at once: stop, and the easier rung or a smaller dose now. */
function PainStop({
  answer,
  pain,
  onEasier,
  onSmaller,
  onLeave,
}: {
  readonly answer: InSessionAnswer;
  readonly pain: number;
  readonly onEasier: () => void;
  readonly onSmaller: () => void;
  /** Absent on the last exercise, where "Finish and save" ends the session. */
  readonly onLeave: (() => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const easierName =
    answer.easier === undefined ? undefined : findExercise(answer.easier.exerciseId)?.name[lang];
  return (
    <section className="card warning" role="alert" aria-labelledby="pain-stop-title" data-testid="pain-stop">
      <h2 id="pain-stop-title">{t("sessionLoop.painStopTitle")}</h2>
      <p>{t("sessionLoop.painStopLead", { pain, max: PAIN_DURING_ACCEPTABLE_MAX })}</p>
      <p data-testid="pain-stop-reason">
        <strong>{answer.reason[lang]}</strong>
      </p>
      <p className="muted">{t("sessionLoop.nextTime")}</p>
      <div className="actions">
        {easierName !== undefined && (
          <button type="button" onClick={onEasier} data-testid="pain-stop-easier">
            {t("sessionLoop.easierNow", { name: easierName })}
          </button>
        )}
        {answer.smallerDose !== undefined && (
          <button
            type="button"
            className={easierName === undefined ? undefined : "secondary"}
            onClick={onSmaller}
            data-testid="pain-stop-smaller"
          >
            {t("sessionLoop.smallerNow", { dose: describeDose(answer.smallerDose, lang) })}
          </button>
        )}
        {onLeave !== undefined && (
          <button type="button" className="secondary" onClick={onLeave} data-testid="pain-stop-leave">
            {t("sessionLoop.leaveExercise")}
          </button>
        )}
      </div>
    </section>
  );
}

/**
 * Pain in the knee right after the session, asked on the last exercise before it is saved; optional, so it
 * stays unrated until the person chooses to rate it (docs/clinical §5.4: up to 5/10 is acceptable).
 */
function PainAfterField({
  value,
  onChange,
}: {
  readonly value: number | undefined;
  readonly onChange: (painAfter: number | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="pain-after-title" data-testid="pain-after">
      <h2 id="pain-after-title">{t("painAfter.title")}</h2>
      <p className="muted">{t("painAfter.optional")}</p>
      {value === undefined ? (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            onChange(0);
          }}
          data-testid="pain-after-rate"
        >
          {t("painAfter.rate")}
        </button>
      ) : (
        <>
          <ScoreField
            label={t("painAfter.label")}
            value={value}
            onChange={onChange}
            testId="pain-after-score"
          />
          <button
            type="button"
            className="secondary"
            onClick={() => {
              onChange(undefined);
            }}
            data-testid="pain-after-unrate"
          >
            {t("painAfter.unrate")}
          </button>
        </>
      )}
    </section>
  );
}

function ExercisePlayer({
  planned,
  slot,
  onSlot,
  speak,
  painStop,
}: {
  readonly planned: PlannedExercise;
  readonly slot: SlotDraft;
  readonly onSlot: (slot: SlotDraft) => void;
  readonly speak: boolean;
  readonly painStop: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const exercise = findExercise(planned.exerciseId);
  const steps = useMemo(() => sessionSteps(planned.dose), [planned.dose]);
  // One object per exercise and dose: the pace restarts when its tempo changes, not on every render.
  const tempo = useMemo(
    () => (exercise === undefined ? undefined : exerciseTempo(exercise, planned.dose)),
    [exercise, planned.dose],
  );
  const stepIndex = slot.stepIndex;
  const [cameraCount, setCameraCount] = useState<{ stepIndex: number; reps: number } | null>(null);
  const check = formCheckOf(planned.exerciseId);
  // The first step also says what the exercise is and its first cue, so the screen can stay on the floor.
  const intro = exercise === undefined ? "" : `${exercise.name[lang]}. ${exercise.cues[0]?.[lang] ?? ""} `;
  const announce = useCallback(
    (text: string) => {
      speakCue(stepIndex === 0 ? intro + text : text, lang, speak);
    },
    [lang, speak, stepIndex, intro],
  );
  if (exercise === undefined || tempo === undefined) return null;
  const step = steps[stepIndex];
  return (
    <div>
      <h2 data-testid="exercise-name">{exercise.name[lang]}</h2>
      <div className="cards">
        <ExerciseFigure exercise={exercise} />
        <div>
          {painStop}
          {painStop === null &&
            (step === undefined ? (
              <p className="ok" data-testid="exercise-done">
                {t("session.setsDone", { n: slot.sets.length })}
              </p>
            ) : (
              <StepRunner
                step={step}
                totalSets={planned.dose.sets}
                announce={announce}
                onNext={() => {
                  onSlot({ ...slot, stepIndex: stepIndex + 1 });
                }}
                onSet={(set) => {
                  onSlot({ ...slot, sets: [...slot.sets, set], stepIndex: stepIndex + 1 });
                }}
                cameraReps={cameraCount?.stepIndex === stepIndex ? cameraCount.reps : null}
                exercise={exercise}
                tempo={tempo}
                paceSound={speak ? "voice" : "beat"}
              />
            ))}
          <ScoreField
            label={t("session.painDuring")}
            value={slot.painDuring}
            onChange={(painDuring) => {
              onSlot({ ...slot, painDuring });
            }}
            testId="pain-during"
          />
          <p className="muted">{PAIN_RULE_SHORT[lang]}</p>
          <ScoreField
            label={t("session.rpe")}
            value={slot.rpe}
            onChange={(rpe) => {
              onSlot({ ...slot, rpe });
            }}
            testId="rpe"
          />
        </div>
      </div>
      {check !== undefined && (
        <FormCheckPanel
          check={check}
          step={step}
          stepIndex={stepIndex}
          totalSets={planned.dose.sets}
          onCameraCount={(checkedStep, reps) => {
            setCameraCount(reps === null ? null : { stepIndex: checkedStep, reps });
          }}
        />
      )}
      <ExerciseDetails exercise={exercise} dose={planned.dose} />
    </div>
  );
}

/** The other sessions left part way, as the player meets them when this one opens (decisions 0780, 0891). */
type OtherSessions = {
  /** The draft key of the session they were asked for: an answer about another session is not shown. */
  readonly askedFor: string;
  /** Left part way and open in no other tab: the person chooses what becomes of it first. */
  readonly unfinished: SessionDraft | undefined;
  /** Being worked in another tab of this browser: only named. */
  readonly inAnotherTab: SessionDraft | undefined;
};

/**
 * The draft of this session: the one kept on the device for this account and this planned session, else a new one
 * with a new log id. The same session open in another tab or window writes the same draft: this tab follows it,
 * and applies each change to the latest kept, so both tabs show one session and save one log (decision 0720).
 * Another session open in another tab keeps its own draft, under its own key (decision 0811); this tab holds its
 * session open while it shows it, so other tabs do not take it for one left part way (decision 0891).
 */
function useSessionDraft(
  accountId: string,
  programId: string | undefined,
  session: PlannedSession | undefined,
  revision: number | undefined,
) {
  const [draft, setDraft] = useState<SessionDraft | null>(null);
  const [resumed, setResumed] = useState(false);
  const [followed, setFollowed] = useState(false);
  // Other sessions left part way: the person chooses first (0780), unless another tab is working them (0891).
  const [others, setOthers] = useState<OtherSessions | null>(null);
  const key =
    programId === undefined || session === undefined
      ? undefined
      : sessionDraftKey(accountId, programId, session.id);
  useEffect(() => (key === undefined ? undefined : holdSessionOpen(browserLocks(), key)), [key]);
  const findOthers = useCallback(
    (programId: string, plannedSessionId: string) => {
      const askedFor = sessionDraftKey(accountId, programId, plannedSessionId);
      void sessionsOpenElsewhere(browserLocks()).then((open) => {
        setOthers({
          askedFor,
          unfinished: unfinishedOtherSession(localStorage, accountId, programId, plannedSessionId, open),
          inAnotherTab: sessionInAnotherTab(localStorage, accountId, programId, plannedSessionId, open),
        });
      });
    },
    [accountId],
  );
  useEffect(() => {
    if (programId === undefined || session === undefined || revision === undefined) return;
    if (draft?.programId === programId && draft.plannedSessionId === session.id) {
      // The program was revised while the session is open: the work follows its planned exercise.
      const aligned = alignSessionDraft(draft, session);
      if (JSON.stringify(aligned) !== JSON.stringify(draft)) {
        saveSessionDraft(localStorage, accountId, aligned);
        setDraft(aligned);
      }
      return;
    }
    // A draft already saved belongs to a session done before: its log opens the summary, not the player.
    const stored = loadSessionDraft(localStorage, accountId, programId, session.id);
    const kept = stored?.savedAt === undefined ? stored : undefined;
    // Work a revision closed on an earlier rung or dose is kept too, and the notice says so.
    setResumed(kept !== undefined && holdsWork(kept));
    if (kept === undefined) findOthers(programId, session.id);
    else {
      setOthers({
        askedFor: sessionDraftKey(accountId, programId, session.id),
        unfinished: undefined,
        inAnotherTab: undefined,
      });
    }
    setDraft(
      kept !== undefined
        ? alignSessionDraft(kept, session)
        : startSessionDraft({
            programId,
            session,
            logId: crypto.randomUUID(),
            date: todayIso(),
            revisionAtStart: revision,
          }),
    );
  }, [accountId, programId, session, revision, draft, findOthers]);
  const update = useCallback(
    (change: (current: SessionDraft) => SessionDraft) => {
      setDraft((current) => {
        if (current === null) return current;
        const kept = localStorage.getItem(
          sessionDraftKey(accountId, current.programId, current.plannedSessionId),
        );
        const next = change(latestDraft(current, kept));
        // Kept on the device at every change, so a reload (or another tab) resumes exactly here.
        saveSessionDraft(localStorage, accountId, next);
        return next;
      });
    },
    [accountId],
  );
  useEffect(() => {
    if (draft === null || session === undefined) return;
    const own = draft;
    function onStorage(event: StorageEvent) {
      if (event.key !== key || session === undefined) return;
      const other = draftFromAnotherTab(own, event.newValue);
      if (other === undefined) return;
      setDraft(alignSessionDraft(other, session));
      setFollowed(true);
    }
    window.addEventListener("storage", onStorage);
    return () => {
      window.removeEventListener("storage", onStorage);
    };
  }, [draft, session, key]);
  // Once the person has chosen, another session still left part way, if any, is asked about in turn.
  const startHere = useCallback(() => {
    if (programId !== undefined && session !== undefined) findOthers(programId, session.id);
  }, [programId, session, findOthers]);
  // Null while the browser is asked which sessions other tabs hold open.
  const othersHere = others !== null && others.askedFor === key ? others : null;
  return { draft, update, resumed, followed, others: othersHere, startHere };
}

/**
 * The session player: one exercise at a time with its figure, cues and errors; reps, holds, side switches and
 * rests; pain and effort per exercise, and pain above the acceptable line answered at once; a camera form check
 * for the exercises the camera can check, when asked. The session in progress is kept on the device (a reload
 * resumes it); the finished log is written on the device and queued for the server in one step, under the id
 * made when the session started, so it survives a dropped network and is stored once however often it is sent.
 */
export function SessionPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  usePageTitle(t("session.title"));
  const { plannedSessionId } = useParams();
  const { store, syncNow, me } = useAppContext();
  // Under the session gate someone is signed in; their draft is kept under their account (decision 0720).
  const accountId = me?.accountId ?? "";
  const history = useHistory();
  const latest = useLatestScreen();
  // Offline, the program is the one last fetched: a morning check-in still in the outbox is not in it yet (0611).
  // A sharp rise on that morning is the pause the server will make (docs/clinical §7.2): the session is held as
  // Today and the program page hold it, until the server's program is in (decisions 0636, 0681).
  const { state, hold } = useHeldProgram(history);
  const snapshot = state.status === "ready" ? state.snapshot : null;
  const session = snapshot?.program.sessions.find((candidate) => candidate.id === plannedSessionId);
  const { draft, update, resumed, followed, others, startHere } = useSessionDraft(
    accountId,
    snapshot?.programId,
    session,
    snapshot?.program.revision,
  );
  const [again, setAgain] = useState(false);
  const [savedOther, setSavedOther] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  // Finish was pressed with nothing recorded: the person says whether they did the session (decision 0913).
  const [nothingRecorded, setNothingRecorded] = useState(false);
  // Clicks arrive faster than React re-renders: the guard must hold from the first one.
  const savingNow = useRef(false);

  if (state.status === "loading" || hold.status === "loading") return <p role="status">{t("app.loading")}</p>;
  // An emergency or urgent sign in a later check-in stops the exercise programme (docs/clinical §7.2): no session
  // starts, not even one resumed from this device or opened from a bookmark, and the stop says whom to see.
  if (latest.status === "known" && !latest.screen.selfManagementAllowed) {
    return (
      <article data-testid="session-stopped">
        <h1>{t("session.title")}</h1>
        <ProgramStopped date={latest.date} screen={latest.screen} />
      </article>
    );
  }
  if (snapshot === null || session === undefined) {
    return (
      <article>
        <h1>{t("session.title")}</h1>
        <p>{t("session.pick")}</p>
        <Link to="/program">{t("nav.program")}</Link>
      </article>
    );
  }
  if (draft === null) return <p role="status">{t("app.loading")}</p>;
  if (draft.savedAt !== undefined) {
    return <SessionSummary draft={draft} session={session} />;
  }
  // A session done before (on any device) opens its summary; a draft in progress here is resumed instead.
  if (!resumed && !again) {
    if (history === null) return <p role="status">{t("app.loading")}</p>;
    const doneLog = doneLogOf(history.logs, snapshot.programId, session.id);
    if (doneLog !== undefined && doneLog.id !== draft.logId) {
      return (
        <DoneSessionSummary
          program={snapshot.program}
          session={session}
          log={doneLog}
          logs={history.logs}
          revisions={snapshot.revisions}
          onAgain={() => {
            setAgain(true);
          }}
        />
      );
    }
  }
  // A sharp rise in pain paused the program: no session starts before the re-screen (Today says why).
  if (isPaused(snapshot.program)) return <SessionPaused />;

  // Held behind the same stop as a paused program, saying what the device knows while the check-in waits.
  if (hold.held) {
    return (
      <SessionPaused>
        <WaitingCheckInCard hold={hold} />
      </SessionPaused>
    );
  }
  if (others === null) return <p role="status">{t("app.loading")}</p>;
  const { unfinished, inAnotherTab } = others;
  if (unfinished !== undefined) {
    return (
      <article data-testid="session-page">
        <h1>{t("session.title")}</h1>
        <UnfinishedSessionCard
          unfinished={unfinished}
          itsSession={
            unfinished.programId === snapshot.programId
              ? snapshot.program.sessions.find((candidate) => candidate.id === unfinished.plannedSessionId)
              : undefined
          }
          accountId={accountId}
          onChosen={(savedDay) => {
            setSavedOther(savedDay);
            startHere();
          }}
        />
      </article>
    );
  }
  const index = Math.min(draft.index, session.exercises.length - 1);
  const plannedHere = session.exercises[index];
  const slot = draft.slots[index] ?? EMPTY_SLOT;
  const planned = plannedHere === undefined ? undefined : effectivePlanned(plannedHere, slot);
  const isLast = index === session.exercises.length - 1;
  const setSlot = (next: SlotDraft) => {
    update((current) => {
      const slots = session.exercises.map((_, n) => current.slots[n] ?? EMPTY_SLOT);
      slots[index] = next;
      return { ...current, slots };
    });
  };
  const goTo = (next: number) => {
    update((current) => ({ ...current, index: next }));
  };
  const answer =
    planned === undefined
      ? undefined
      : answerPainDuring({
          program: snapshot.program,
          planned,
          painDuring: slot.painDuring,
          date: draft.date,
          kind: session.kind,
        });
  // Stopping keeps the painful attempt for the log and starts the replacement from its first step.
  const replaceWith = (replacement: { exerciseId: string; dose: PlannedExercise["dose"] }) => {
    if (planned === undefined) return;
    const attempt = {
      exerciseId: planned.exerciseId,
      sets: slot.sets,
      painDuring: slot.painDuring,
      rpe: slot.rpe,
    };
    setSlot({
      ...EMPTY_SLOT,
      key: slot.key,
      exerciseId: slot.exerciseId,
      dose: slot.dose,
      earlier: slot.earlier,
      replacement,
      stopped: [...slot.stopped, attempt],
    });
  };

  async function finish(current: SessionDraft, done: PlannedSession, nothingConfirmed = false) {
    if (savingNow.current) return;
    // Another tab may have logged more of this session, or saved it already: its log is saved once.
    const kept = localStorage.getItem(
      sessionDraftKey(accountId, current.programId, current.plannedSessionId),
    );
    const latest = latestDraft(current, kept);
    // A session saved counts as done wherever adherence is shown: one in which nothing was recorded is saved
    // only once the person says they did it (decision 0913).
    if (
      !nothingConfirmed &&
      latest.savedAt === undefined &&
      sessionLogOf(latest, done).entries.length === 0
    ) {
      setNothingRecorded(true);
      return;
    }
    savingNow.current = true;
    setSaving(true);
    if (latest.savedAt === undefined) await queueSessionLog(store, latest, done);
    update((kept) => ({ ...kept, savedAt: kept.savedAt ?? new Date().toISOString() }));
    await syncNow();
  }

  return (
    <article data-testid="session-page">
      <h1>{t("session.title")}</h1>
      {resumed && (
        <p className="ok" role="status" data-testid="session-resumed">
          {t("sessionLoop.resumed")}
        </p>
      )}
      {savedOther !== undefined && (
        <p className="ok" role="status" data-testid="unfinished-saved">
          {t("unfinishedSession.saved", { day: savedOther })}
        </p>
      )}
      {followed && (
        <p className="muted" role="status" data-testid="session-other-tab">
          {t("otherTab.notice")}
        </p>
      )}
      {inAnotherTab !== undefined && (
        <p className="muted" role="status" data-testid="session-in-another-tab">
          {t("unfinishedSession.inAnotherTab", { day: formatDay(inAnotherTab.date, i18n.language) })}
        </p>
      )}
      <WaitingCheckInCard hold={hold} />
      <p className="muted" aria-live="polite">
        {t("session.exerciseOf", { n: index + 1, total: session.exercises.length })}
      </p>
      <label>
        <input
          type="checkbox"
          checked={draft.speak}
          onChange={(e) => {
            const speak = e.target.checked;
            update((current) => ({ ...current, speak }));
          }}
          data-testid="speak"
        />
        {t("session.speak")}
      </label>
      {planned !== undefined && plannedHere !== undefined && (
        <>
          {slot.replacement !== undefined && (
            <p className="muted" data-testid="replaced-note">
              {t("sessionLoop.replaced", {
                from: findExercise(plannedHere.exerciseId)?.name[lang] ?? plannedHere.exerciseId,
                to: `${findExercise(planned.exerciseId)?.name[lang] ?? planned.exerciseId}, ${describeDose(planned.dose, lang)}`,
              })}
            </p>
          )}
          <ExercisePlayer
            key={`${String(index)}-${planned.exerciseId}-${JSON.stringify(planned.dose)}`}
            planned={planned}
            slot={slot}
            speak={draft.speak}
            onSlot={setSlot}
            painStop={
              answer === undefined ? null : (
                <PainStop
                  answer={answer}
                  pain={slot.painDuring}
                  onEasier={() => {
                    if (answer.easier !== undefined) replaceWith(answer.easier);
                  }}
                  onSmaller={() => {
                    if (answer.smallerDose !== undefined) {
                      replaceWith({ exerciseId: planned.exerciseId, dose: answer.smallerDose });
                    }
                  }}
                  onLeave={
                    isLast
                      ? undefined
                      : () => {
                          goTo(index + 1);
                        }
                  }
                />
              )
            }
          />
        </>
      )}
      {isLast && (
        <PainAfterField
          value={draft.painAfter}
          onChange={(painAfter) => {
            update((current) => withPainAfter(current, painAfter));
          }}
        />
      )}
      {isLast && nothingRecorded && sessionLogOf(draft, session).entries.length === 0 && (
        <section
          className="card warning"
          role="alert"
          aria-labelledby="nothing-recorded-title"
          data-testid="nothing-recorded"
        >
          <h2 id="nothing-recorded-title">{t("sessionLoop.nothingTitle")}</h2>
          <p>{t("sessionLoop.nothingText")}</p>
          <div className="actions">
            <button
              type="button"
              onClick={() => void finish(draft, session, true)}
              disabled={saving}
              data-testid="nothing-recorded-save"
            >
              {t("sessionLoop.nothingSave")}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setNothingRecorded(false);
                goTo(0);
              }}
              data-testid="nothing-recorded-back"
            >
              {t("sessionLoop.nothingBack")}
            </button>
          </div>
        </section>
      )}
      <div className="actions">
        {isLast ? (
          <button
            type="button"
            onClick={() => void finish(draft, session)}
            disabled={saving}
            aria-busy={saving}
            data-testid="finish-session"
          >
            {saving ? t("sessionLoop.saving") : t("session.finish")}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => {
              goTo(index + 1);
            }}
            data-testid="next-exercise"
          >
            {t("session.nextExercise")}
          </button>
        )}
      </div>
    </article>
  );
}
