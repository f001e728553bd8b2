import {
  parseWith,
  STRENGTH_SIDES,
  STRENGTH_TESTS,
  StrengthCheckSchema,
  type DynamometerCheck,
  type StrengthCheck,
  type StrengthSide,
} from "@hipcheck/core";
import { useRef, useState } from "react";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { describeApiError, type ApiErrorDescription } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { todayIso } from "../../app/today.js";
import { formatDay } from "../../components/format-day.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { dynamometerCheckOf, limitOf, type DynamometerDraft } from "../strength/strength-entry.js";
import { sendClinicReading } from "./send-clinic-reading.js";

type Draft = DynamometerDraft & { readonly date: string };

/** The last reading saved from this form; `queuedAtRound` when it waits on the device for the connection. */
type SavedReading = { readonly date: string; readonly queuedAtRound?: number };

/** The clinic's usual set-up, from the client's last reading: the same device, pad, lever arm and side order. */
function draftAfter(last: DynamometerCheck | undefined, today: string): Draft {
  return {
    date: today,
    firstSide: last?.firstSide ?? "left",
    forces: { left: "", right: "" },
    forceUnit: "N",
    leverArmM: last === undefined ? "" : String(last.leverArmM),
    bodyMassKg: last === undefined ? "" : String(last.bodyMassKg),
    device: last?.device ?? "",
    placement: last?.placement ?? "",
  };
}

/**
 * A handheld dynamometer reading taken in the clinic, entered by the client's coach or physiotherapist on the client's
 * page: force per side in newtons or kilograms-force, lever arm, body mass, device and the pad's placement (values
 * are device-specific, docs/clinical §10.3). Core's schema checks it before it is sent and the server checks it
 * again; either refusal is told with the same sentence, in the coach's language. Retries keep one id, so a reading
 * sent twice is stored once. Without a connection the reading waits on the device and is sent when it is back
 * (send-clinic-reading.ts), shown meanwhile in the client's chart.
 */
export function ClinicReadingForm({
  clientId,
  checks,
  onSaved,
}: {
  readonly clientId: string;
  readonly checks: readonly StrengthCheck[];
  readonly onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const { call, store, sync, syncNow } = useAppContext();
  const today = todayIso();
  const last = checks.filter((check) => check.test === "hip-abduction-dynamometer").at(-1);
  const [draft, setDraft] = useState<Draft>(() => draftAfter(last, today));
  const [problem, setProblem] = useState<ApiErrorDescription | null>(null);
  const [saved, setSaved] = useState<SavedReading | null>(null);
  const [busy, setBusy] = useState(false);
  // A ref, not state: a second press before the page re-renders must see the first one under way.
  const sending = useRef(false);
  const readingId = useRef(crypto.randomUUID());
  const change = (next: Partial<Draft>) => {
    setDraft({ ...draft, ...next });
    setProblem(null);
    setSaved(null);
  };
  // A queued reading is sent once the outbox is empty again after a sync that ran since it was queued.
  const waiting =
    saved?.queuedAtRound !== undefined && !(sync.pending === 0 && sync.rounds > saved.queuedAtRound);
  const limit = (field: string | undefined): ApiErrorDescription => ({
    text: t(`strength.limits.${limitOf(field)}`),
  });

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending.current) return;
    const parsed = parseWith(StrengthCheckSchema, dynamometerCheckOf(draft, draft.date));
    if (!parsed.ok) {
      setProblem(limit(parsed.error.field));
      return;
    }
    sending.current = true;
    setBusy(true);
    const roundsAtSend = sync.rounds;
    const outcome = await sendClinicReading(call, store, {
      id: readingId.current,
      personId: clientId,
      check: parsed.value,
    });
    sending.current = false;
    setBusy(false);
    if (outcome.kind === "refused") {
      // The server's refusal of a field reads as the form's own; anything else (the link ended) as itself.
      const { error } = outcome;
      setProblem(
        error.kind === "invalid-input" && error.field?.startsWith("check.") === true
          ? { ...limit(error.field), detail: error.message }
          : describeApiError(error, i18n),
      );
      return;
    }
    readingId.current = crypto.randomUUID();
    setSaved({
      date: parsed.value.date,
      ...(outcome.kind === "queued" ? { queuedAtRound: roundsAtSend } : {}),
    });
    // Ready for the next reading with the same set-up; the forces are cleared.
    setDraft(draftAfter(parsed.value.test === "hip-abduction-dynamometer" ? parsed.value : last, today));
    onSaved();
    // The banner counts the queued reading; a connection already back sends it now.
    if (outcome.kind === "queued") await syncNow();
  }

  const numberField = (key: "leverArmM" | "bodyMassKg", label: "strength.leverArm" | "strength.bodyMass") => (
    <label>
      {t(label)}
      <input
        type="text"
        inputMode="decimal"
        value={draft[key]}
        onChange={(event) => {
          change({ [key]: event.target.value });
        }}
        data-testid={`clinic-${key}`}
      />
    </label>
  );
  return (
    <section className="card" aria-labelledby="clinic-reading-title" data-testid="clinic-reading">
      <h2 id="clinic-reading-title">{t("strength.clinic.title")}</h2>
      <p className="muted">{t("strength.clinic.intro")}</p>
      <details>
        <summary>{t("strength.howTo")}</summary>
        <p>{STRENGTH_TESTS["hip-abduction-dynamometer"].position[lang]}</p>
        <p>{STRENGTH_TESTS["hip-abduction-dynamometer"].startStop[lang]}</p>
        <p className="muted">{STRENGTH_TESTS["hip-abduction-dynamometer"].reliability.source[lang]}</p>
      </details>
      <form onSubmit={(event) => void save(event)} noValidate>
        <label>
          {t("strength.clinic.date")}
          <input
            type="date"
            max={today}
            value={draft.date}
            onChange={(event) => {
              change({ date: event.target.value });
            }}
            data-testid="clinic-date"
          />
        </label>
        <fieldset>
          <legend>{t("strength.firstSide")}</legend>
          {STRENGTH_SIDES.map((side) => (
            <label key={side} className="inline">
              <input
                type="radio"
                name="clinic-first-side"
                checked={draft.firstSide === side}
                onChange={() => {
                  change({ firstSide: side });
                }}
                data-testid={`clinic-first-side-${side}`}
              />
              {t(`strength.sideName.${side}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t("strength.forceUnit")}
          <select
            value={draft.forceUnit}
            onChange={(event) => {
              change({ forceUnit: event.target.value === "kg" ? "kg" : "N" });
            }}
            data-testid="clinic-force-unit"
          >
            <option value="N">N</option>
            <option value="kg">kg</option>
          </select>
        </label>
        {STRENGTH_SIDES.map((side: StrengthSide) => (
          <label key={side}>
            {t("strength.forceLabel", { side: t(`strength.sideName.${side}`).toLowerCase() })} (
            {draft.forceUnit})
            <input
              type="text"
              inputMode="decimal"
              value={draft.forces[side]}
              onChange={(event) => {
                change({ forces: { ...draft.forces, [side]: event.target.value } });
              }}
              data-testid={`clinic-force-${side}`}
            />
          </label>
        ))}
        {numberField("leverArmM", "strength.leverArm")}
        {numberField("bodyMassKg", "strength.bodyMass")}
        {(
          [
            ["device", "strength.device"],
            ["placement", "strength.placement"],
          ] as const
        ).map(([key, label]) => (
          <label key={key}>
            {t(label)}
            <input
              type="text"
              value={draft[key]}
              onChange={(event) => {
                change({ [key]: event.target.value });
              }}
              data-testid={`clinic-${key}`}
            />
          </label>
        ))}
        <button type="submit" disabled={busy} data-testid="clinic-save">
          {t("strength.clinic.save")}
        </button>
      </form>
      <ProblemAlert problem={problem} testId="clinic-problem" />
      {saved !== null &&
        (waiting ? (
          <p className="ok" role="status" data-testid="clinic-queued">
            {t("strength.clinic.queued", { date: formatDay(saved.date, i18n.language) })}
          </p>
        ) : (
          <p className="ok" role="status" data-testid="clinic-saved">
            {t("strength.clinic.saved", { date: formatDay(saved.date, i18n.language) })}
          </p>
        ))}
    </section>
  );
}
