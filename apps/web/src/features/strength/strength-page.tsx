import {
  compareStrengthChecks,
  HOLD_SECONDS_MAX,
  parseWith,
  STRENGTH_CHECK_ROUTINE,
  STRENGTH_SIDES,
  STRENGTH_TEST_IDS,
  STRENGTH_TESTS,
  StrengthCheckSchema,
  strengthValue,
  checkAsymmetryPct,
  type StrengthCheck,
  type StrengthSide,
  type StrengthTestId,
} from "@hipcheck/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useAppContext } from "../../app/app-context.js";
import { describeApiError } from "../../api/describe-api-error.js";
import { todayIso } from "../../app/today.js";
import { formatDay } from "../../components/format-day.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { recordEntry, type StoredStrengthCheck } from "../../offline/local-store.js";
import { discardRefused, refusedEntry } from "../../offline/refused-entries.js";
import { useProgram } from "../program/use-program.js";
import { useHistory } from "../progress/use-history.js";
import { HOLD_QUALITY_NAMES, HOLD_STOP_REASON_NAMES } from "@hipcheck/motion";
import { CameraHoldTimer } from "./camera-hold-timer.js";
import { HoldStopwatch } from "./hold-stopwatch.js";
import { limitOf, type LimitKey } from "./strength-entry.js";
import {
  BY_STOPWATCH,
  EMPTY_DRAFT,
  checkOf,
  draftOf,
  type Draft,
  type SideTiming,
} from "./strength-draft.js";

function Protocol({ test }: { readonly test: StrengthTestId }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const about = STRENGTH_TESTS[test];
  return (
    <details open data-testid="strength-protocol">
      <summary>{t("strength.howTo")}</summary>
      <dl>
        <dt>{t("strength.position")}</dt>
        <dd>{about.position[lang]}</dd>
        <dt>{t("strength.cue")}</dt>
        <dd>{about.cue[lang]}</dd>
        <dt>{t("strength.startStop")}</dt>
        <dd>{about.startStop[lang]}</dd>
        <dt>{t("strength.routine")}</dt>
        <dd>{STRENGTH_CHECK_ROUTINE[lang]}</dd>
      </dl>
      <p className="muted">{about.reliability.source[lang]}</p>
    </details>
  );
}

/** The latest check of a test: both sides, the difference between them, and the change since the baseline. */
function Results({
  test,
  checks,
  start,
}: {
  readonly test: StrengthTestId;
  readonly checks: readonly StrengthCheck[];
  readonly start: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const ofTest = checks.filter((check) => check.test === test).sort((a, b) => a.date.localeCompare(b.date));
  const latest = ofTest.at(-1);
  if (latest === undefined) return null;
  const unit = STRENGTH_TESTS[test].unit;
  const shown = (side: StrengthSide) =>
    `${String(strengthValue(latest, side)).replace(".", lang === "fr" ? "," : ".")} ${unit}`;
  const asymmetry = checkAsymmetryPct(latest);
  const comparison = compareStrengthChecks(checks, test, start ?? ofTest[0]?.date ?? latest.date, todayIso());
  const name = STRENGTH_TESTS[test].name[lang];
  return (
    <section className="card" data-testid="strength-results" aria-labelledby="strength-results-title">
      <h2 id="strength-results-title">{t("strength.resultsTitle")}</h2>
      <p>{t("strength.latest", { test: name, date: formatDay(latest.date, i18n.language) })}</p>
      <p data-testid="strength-sides">
        {t("strength.sides", { left: shown("left"), right: shown("right") })}
      </p>
      {asymmetry !== null && (
        <p data-testid="strength-asymmetry">
          {t("strength.asymmetry", { pct: String(asymmetry).replace(".", lang === "fr" ? "," : ".") })}
        </p>
      )}
      {comparison === undefined ? (
        <p data-testid="strength-first">{t("strength.noBaseline", { test: name })}</p>
      ) : (
        <ul data-testid="strength-verdict">
          {comparison.sides.map((side) => (
            <li key={side.side} data-side={side.side} data-change={side.change}>
              {t(`strength.sideName.${side.side}`)}
              {t("app.colon")}
              {t(`strength.change.${side.change}`)}
            </li>
          ))}
          <li>{comparison.explanation[lang]}</li>
        </ul>
      )}
    </section>
  );
}

/**
 * A strength check at home (or a dynamometer reading in the clinic): the protocol, a stopwatch per side with
 * spoken cues (or the time typed in), saved on the device first and sent when online, then both sides against the
 * baseline with the honest verdict. Each side of a hold can instead be timed by the camera on the device
 * (`CameraHoldTimer`, decisions 0380–0383), which records why the hold ended and how steady it was.
 */
export function StrengthPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("strength.title"));
  const lang = currentLang(i18n.language);
  const { store, syncNow } = useAppContext();
  const program = useProgram();
  const history = useHistory();
  const checks = (history?.strengthChecks ?? []).map((stored) => stored.check);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  // The day the check was done: today, or the day a hold was filmed and is timed now (decision 0581).
  const [day, setDay] = useState(todayIso);
  const [voice, setVoice] = useState(true);
  // A check the server refused at sync, opened from "Not saved" to be corrected: the form holds it, with the reason.
  const [params] = useSearchParams();
  const correctKey = Number(params.get("correct") ?? Number.NaN);
  const [correcting, setCorrecting] = useState<{ key: number; text: string } | null>(null);
  useEffect(() => {
    if (!Number.isInteger(correctKey)) return;
    let current = true;
    void refusedEntry(store, correctKey).then((entry) => {
      if (!current || entry?.item.kind !== "strength") return;
      const check = entry.item.payload.check;
      setDraft(draftOf(check));
      setDay(check.date);
      setProblem(limitOf(entry.refusal.field));
      setCorrecting({ key: entry.key, text: describeApiError(entry.refusal, i18n).text });
    });
    return () => {
      current = false;
    };
  }, [store, correctKey, i18n]);
  const [problem, setProblem] = useState<LimitKey | null>(null);
  const [savedOn, setSavedOn] = useState<string | null>(null);
  const checkId = useRef(crypto.randomUUID());
  const busy = useRef(false);
  const change = (next: Partial<Draft>) => {
    setDraft({ ...draft, ...next });
    setProblem(null);
    setSavedOn(null);
  };
  // A time typed or stopped by hand is the stopwatch's; the camera's result carries its own reason and quality.
  const setSide = (side: StrengthSide, value: string, timing: SideTiming = { timedBy: "stopwatch" }) => {
    change({ values: { ...draft.values, [side]: value }, timings: { ...draft.timings, [side]: timing } });
  };
  const [cameraSide, setCameraSide] = useState<StrengthSide | null>(null);
  // The same side first as last time: the order is part of the protocol (docs/clinical §10.4).
  const chooseTest = (test: StrengthTestId) => {
    const last = checks.filter((check) => check.test === test).at(-1);
    change({
      test,
      firstSide: last?.firstSide ?? draft.firstSide,
      values: { left: "", right: "" },
      timings: BY_STOPWATCH,
    });
    setCameraSide(null);
  };
  const order: readonly StrengthSide[] =
    draft.firstSide === "left" ? STRENGTH_SIDES : [...STRENGTH_SIDES].reverse();
  const isHold = STRENGTH_TESTS[draft.test].kind === "hold";
  async function save() {
    if (busy.current) return;
    const date = day;
    // A day to come is refused here as the server refuses it (docs/clinical §10.5), before anything is queued.
    if (date > todayIso()) {
      setProblem("date");
      return;
    }
    const parsed = parseWith(StrengthCheckSchema, checkOf(draft, date));
    if (!parsed.ok) {
      setProblem(limitOf(parsed.error.field));
      return;
    }
    busy.current = true;
    const stored: StoredStrengthCheck = { id: checkId.current, check: parsed.value };
    await recordEntry(store, { id: stored.id, kind: "strength", payload: stored });
    // The corrected check replaces the refused one, which the server never stored.
    if (correcting !== null) await discardRefused(store, correcting.key);
    setCorrecting(null);
    checkId.current = crypto.randomUUID();
    await syncNow();
    setSavedOn(date);
    busy.current = false;
  }
  const start = program.status === "ready" ? program.snapshot?.program.startDate : undefined;
  return (
    <article data-testid="strength-page">
      <h1>{t("strength.title")}</h1>
      <p>{t("strength.intro")}</p>
      {correcting !== null && (
        <p className="error" role="status" data-testid="strength-correcting">
          {t("notSaved.correcting", { text: correcting.text })}
        </p>
      )}
      {/* One line per test rather than a menu: a menu cannot wrap, and cut the longest French name at 320 px
          (decision 0614). */}
      <fieldset data-testid="strength-test">
        <legend>{t("strength.chooseTest")}</legend>
        {STRENGTH_TEST_IDS.map((test) => (
          <label key={test}>
            <input
              type="radio"
              name="strength-test"
              value={test}
              checked={draft.test === test}
              onChange={() => {
                chooseTest(test);
              }}
              data-testid={`strength-test-${test}`}
            />
            {STRENGTH_TESTS[test].name[lang]}
          </label>
        ))}
      </fieldset>
      <Protocol test={draft.test} />
      <label>
        {t("strengthDay.label")}
        <input
          type="date"
          value={day}
          max={todayIso()}
          onChange={(event) => {
            setDay(event.target.value);
            setProblem(null);
            setSavedOn(null);
          }}
          aria-describedby="strength-day-help"
          data-testid="strength-day"
        />
      </label>
      <p className="muted" id="strength-day-help">
        {t("strengthDay.help")}
      </p>
      <fieldset>
        <legend>{t("strength.firstSide")}</legend>
        {STRENGTH_SIDES.map((side) => (
          <label key={side} className="inline">
            <input
              type="radio"
              name="first-side"
              checked={draft.firstSide === side}
              onChange={() => {
                change({ firstSide: side });
              }}
              data-testid={`first-side-${side}`}
            />
            {t(`strength.sideName.${side}`)}
          </label>
        ))}
      </fieldset>
      {isHold && (
        <label className="inline">
          <input
            type="checkbox"
            checked={voice}
            onChange={(event) => {
              setVoice(event.target.checked);
            }}
          />
          {t("strength.voice")}
        </label>
      )}
      {order.map((side, index) => (
        <section key={side} data-testid={`strength-side-${side}`}>
          <h2>{t(`strength.sideHeading.${side}`)}</h2>
          {isHold ? (
            <>
              {cameraSide === side && draft.test !== "hip-abduction-dynamometer" ? (
                <CameraHoldTimer
                  test={draft.test}
                  side={side}
                  onResult={(result) => {
                    setSide(side, String(Math.round(result.durationMs / 100) / 10), {
                      timedBy: "camera",
                      ...result,
                    });
                  }}
                  onCancel={() => {
                    setCameraSide(null);
                  }}
                />
              ) : (
                <>
                  <HoldStopwatch
                    side={side}
                    voice={voice}
                    onResult={(seconds) => {
                      setSide(side, String(seconds));
                    }}
                  />
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => {
                      setCameraSide(side);
                    }}
                    data-testid={`camera-${side}`}
                  >
                    {t("strength.timeWithCamera")}
                  </button>
                </>
              )}
              {(() => {
                const timing = draft.timings[side];
                return timing.timedBy === "camera" ? (
                  <p className="muted" data-testid={`camera-timed-${side}`}>
                    {t("strength.cameraTimed", {
                      reason: HOLD_STOP_REASON_NAMES[timing.stopReason][lang],
                      quality: HOLD_QUALITY_NAMES[timing.quality][lang],
                    })}
                  </p>
                ) : null;
              })()}
              <label>
                {t("strength.seconds", { side: t(`strength.sideName.${side}`).toLowerCase() })}
                <input
                  type="number"
                  inputMode="decimal"
                  min={1}
                  max={HOLD_SECONDS_MAX}
                  step="0.1"
                  value={draft.values[side]}
                  onChange={(event) => {
                    setSide(side, event.target.value);
                  }}
                  data-testid={`hold-${side}`}
                />
              </label>
            </>
          ) : (
            <label>
              {t("strength.forceLabel", { side: t(`strength.sideName.${side}`).toLowerCase() })} (
              {draft.forceUnit})
              <input
                type="number"
                inputMode="decimal"
                value={draft.values[side]}
                onChange={(event) => {
                  setSide(side, event.target.value);
                }}
                data-testid={`force-${side}`}
              />
            </label>
          )}
          {index === 0 && <p className="muted">{t("strength.restBetween")}</p>}
        </section>
      ))}
      {!isHold && (
        <fieldset data-testid="dynamometer-details">
          <label>
            {t("strength.forceUnit")}
            <select
              value={draft.forceUnit}
              onChange={(event) => {
                change({ forceUnit: event.target.value === "kg" ? "kg" : "N" });
              }}
            >
              <option value="N">N</option>
              <option value="kg">kg</option>
            </select>
          </label>
          {(
            [
              ["leverArmM", "strength.leverArm", "decimal"],
              ["bodyMassKg", "strength.bodyMass", "decimal"],
              ["device", "strength.device", "text"],
              ["placement", "strength.placement", "text"],
            ] as const
          ).map(([key, label, mode]) => (
            <label key={key}>
              {t(label)}
              <input
                type={mode === "decimal" ? "number" : "text"}
                inputMode={mode}
                value={draft[key]}
                onChange={(event) => {
                  change({ [key]: event.target.value });
                }}
                data-testid={`dynamometer-${key}`}
              />
            </label>
          ))}
        </fieldset>
      )}
      {problem !== null && (
        <p className="error" role="alert" data-testid="strength-problem">
          {t(`strength.limits.${problem}`)}
        </p>
      )}
      <button type="button" onClick={() => void save()} data-testid="save-strength">
        {t("strength.save")}
      </button>
      {savedOn !== null && (
        <p className="ok" role="status" data-testid="strength-saved">
          {t("strength.saved", { date: formatDay(savedOn, i18n.language) })}
        </p>
      )}
      <Results test={draft.test} checks={checks} start={start} />
    </article>
  );
}
