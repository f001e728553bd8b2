import { useRef, useState } from "react";
import type { SubmitEvent } from "react";
import { exercises, findExercise, ladderOf } from "@hipcheck/core";
import type { Dose, Program } from "@hipcheck/core";
import type { ApiError, RouteInput } from "@hipcheck/contracts";
import { useTranslation } from "react-i18next";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { TechnicalDetail } from "../../components/technical-detail.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { formText } from "../../components/form-text.js";
import { todayIso } from "../../app/today.js";
import { formatWeekSpans, weekSpans, weeksWithExercise } from "../program/edit-weeks.js";

type Edit = RouteInput<"editProgram">["body"]["edit"];
type Action = Edit["type"];

function programExerciseIds(program: Program): string[] {
  return [
    ...new Set(program.sessions.flatMap((session) => session.exercises.map((planned) => planned.exerciseId))),
  ];
}

function doseOf(program: Program, exerciseId: string): Dose | undefined {
  return program.sessions
    .flatMap((session) => session.exercises)
    .find((planned) => planned.exerciseId === exerciseId)?.dose;
}

function withAmount(dose: Dose, sets: number, amount: number): Dose {
  switch (dose.mode) {
    case "reps":
      return { ...dose, sets, reps: amount };
    case "hold":
      return { ...dose, sets, holdSeconds: amount };
    case "timed":
      return { ...dose, sets, durationSeconds: amount };
  }
}

function amountOf(dose: Dose): number {
  return dose.mode === "reps" ? dose.reps : dose.mode === "hold" ? dose.holdSeconds : dose.durationSeconds;
}

/** A coach changes one exercise (swap, dose, ladder step) and says why; the client reads the reason. */
export function ProgramEditForm({
  programId,
  program,
  onSaved,
  clientLanguage,
}: {
  readonly programId: string;
  readonly program: Program;
  readonly onSaved: () => void;
  /** The client's own language, the reason's first choice; the coach may write in the other. */
  readonly clientLanguage?: "en" | "fr";
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const { call } = useAppContext();
  const ids = programExerciseIds(program);
  const [exerciseId, setExerciseId] = useState(ids[0] ?? "");
  const [action, setAction] = useState<Action>("change-dose");
  const [status, setStatus] = useState<
    { readonly ok: true } | { readonly ok: false; readonly error: ApiError } | null
  >(null);
  const problem = status === null || status.ok ? null : describeApiError(status.error, i18n);
  const [saving, setSaving] = useState(false);
  // Clicks arrive faster than React re-renders: the guard must hold from the first one.
  const busy = useRef(false);
  const dose = doseOf(program, exerciseId);
  // The server applies an edit from today on: the weeks it will change are those still to come.
  const weeks = weeksWithExercise(program, exerciseId, todayIso());
  const [reasonLanguage, setReasonLanguage] = useState<"en" | "fr">(clientLanguage ?? lang);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = formText(form, "reason").trim();
    const written: "en" | "fr" = formText(form, "reasonLanguage") === "fr" ? "fr" : "en";
    const translation = formText(form, "reasonTranslation").trim();
    // Written once, in the language the coach chose; a translation, when given, is what the other reader sees.
    const reason =
      translation === ""
        ? { text, language: written }
        : written === "en"
          ? { en: text, fr: translation }
          : { en: translation, fr: text };
    const edit: Edit | undefined =
      action === "swap-exercise"
        ? { type: action, exerciseId, toExerciseId: formText(form, "toExerciseId") }
        : action === "ladder-step"
          ? { type: action, exerciseId, direction: form.get("direction") === "down" ? "down" : "up" }
          : dose === undefined
            ? undefined
            : {
                type: action,
                exerciseId,
                dose: withAmount(dose, Number(form.get("sets")), Number(form.get("amount"))),
              };
    if (edit === undefined || busy.current) return;
    busy.current = true;
    setSaving(true);
    // The revision on screen: the server applies this edit once, however often it is sent.
    const result = await call("editProgram", {
      params: { programId },
      body: { edit, reason, basedOnRevision: program.revision },
    });
    busy.current = false;
    setSaving(false);
    setStatus(result.ok ? { ok: true } : { ok: false, error: result.error });
    if (result.ok) onSaved();
  }

  const onLadder = ladderOf(exerciseId) !== undefined;
  return (
    <form className="card" onSubmit={(event) => void submit(event)} data-testid="program-edit-form">
      <h2>{t("coach.editProgram")}</h2>
      <label>
        {t("coach.exercise")}
        <select
          value={exerciseId}
          onChange={(e) => {
            setExerciseId(e.target.value);
          }}
          data-testid="edit-exercise"
        >
          {ids.map((id) => (
            <option key={id} value={id}>
              {findExercise(id)?.name[lang] ?? id}
            </option>
          ))}
        </select>
      </label>
      <p className="muted" data-testid="edit-weeks">
        {weeks.length === 0
          ? t("editWeeks.touchesNone")
          : t("editWeeks.touches", { count: weeks.length, weeks: formatWeekSpans(weekSpans(weeks)) })}
      </p>
      <fieldset>
        <legend>{t("coach.change")}</legend>
        {(["change-dose", "swap-exercise", ...(onLadder ? (["ladder-step"] as const) : [])] as const).map(
          (value) => (
            <label key={value}>
              <input
                type="radio"
                name="action"
                checked={action === value}
                onChange={() => {
                  setAction(value);
                }}
                data-testid={`edit-action-${value}`}
              />
              {t(`coach.actions.${value}`)}
            </label>
          ),
        )}
      </fieldset>
      {action === "change-dose" && dose !== undefined && (
        <div key={exerciseId}>
          <label>
            {t("coach.sets")}
            <input
              type="number"
              name="sets"
              min={1}
              max={10}
              defaultValue={dose.sets}
              data-testid="edit-sets"
            />
          </label>
          <label>
            {dose.mode === "reps" ? t("session.reps") : t("coach.seconds")}
            <input
              type="number"
              name="amount"
              min={1}
              max={600}
              defaultValue={amountOf(dose)}
              data-testid="edit-amount"
            />
          </label>
        </div>
      )}
      {action === "swap-exercise" && (
        <label>
          {t("coach.swapFor")}
          <select name="toExerciseId" data-testid="edit-swap-to">
            {exercises
              .filter((exercise) => exercise.id !== exerciseId)
              .map((exercise) => (
                <option key={exercise.id} value={exercise.id}>
                  {exercise.name[lang]}
                </option>
              ))}
          </select>
        </label>
      )}
      {action === "ladder-step" && (
        <fieldset>
          <legend>{t("coach.actions.ladder-step")}</legend>
          <label>
            <input type="radio" name="direction" value="up" defaultChecked />
            {t("coach.harder")}
          </label>
          <label>
            <input type="radio" name="direction" value="down" />
            {t("coach.easier")}
          </label>
        </fieldset>
      )}
      <label>
        {t("coaching.reason")}
        <textarea name="reason" required maxLength={1000} data-testid="edit-reason" />
      </label>
      <label>
        {t("coaching.reasonLanguage")}
        <select
          name="reasonLanguage"
          value={reasonLanguage}
          onChange={(event) => {
            setReasonLanguage(event.target.value === "fr" ? "fr" : "en");
          }}
          data-testid="edit-reason-language"
        >
          <option value="en">{t("coaching.languageName.en")}</option>
          <option value="fr">{t("coaching.languageName.fr")}</option>
        </select>
      </label>
      <label>
        {t("coaching.reasonTranslation", {
          language: t(`coaching.languageName.${reasonLanguage === "en" ? "fr" : "en"}`),
        })}
        <textarea name="reasonTranslation" maxLength={1000} data-testid="edit-reason-translation" />
      </label>
      <button type="submit" disabled={saving} aria-busy={saving} data-testid="edit-submit">
        {saving ? t("sessionLoop.saving") : t("coach.applyChange")}
      </button>
      {status !== null && (
        <p className={status.ok ? "ok" : "error"} role="status" data-testid="edit-status">
          {problem === null ? t("coach.changeSaved") : problem.text}
        </p>
      )}
      <TechnicalDetail detail={problem?.detail} />
    </form>
  );
}
