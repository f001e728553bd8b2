import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import {
  HOLD_QUALITY_NAMES,
  HOLD_STOP_REASON_NAMES,
  HOLD_TESTS,
  HOLD_TEST_NAMES,
  type HoldTest,
  type Side,
} from "@hipcheck/motion";
import { usePageTitle } from "../../components/use-page-title.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { CameraHoldTimer, type CameraHoldResult } from "./camera-hold-timer.js";

function holdTestOf(value: string | null): HoldTest {
  return HOLD_TESTS.find((test) => test === value) ?? "abductor-endurance-hold";
}

/**
 * `/strength/camera-timer`: anyone can try the camera timing of a strength hold on their own device before a
 * strength check, choosing the hold and the side (also from `?test=…&side=…`). Nothing is saved or sent; the
 * strength check records its result itself.
 */
export function CameraTimerPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  usePageTitle(t("holdTimerPage.title"));
  const [params] = useSearchParams();
  const [test, setTest] = useState<HoldTest>(holdTestOf(params.get("test")));
  const [side, setSide] = useState<Side>(params.get("side") === "right" ? "right" : "left");
  const [open, setOpen] = useState(false);
  const [last, setLast] = useState<CameraHoldResult | null>(null);
  const [cancelled, setCancelled] = useState(false);
  return (
    <article data-testid="camera-timer-page">
      <h1>{t("holdTimerPage.title")}</h1>
      <p>{t("holdTimerPage.intro")}</p>
      <fieldset disabled={open}>
        <label>
          {t("holdTimerPage.test")}
          <select
            value={test}
            onChange={(event) => {
              setTest(holdTestOf(event.target.value));
            }}
            data-testid="camera-timer-test"
          >
            {HOLD_TESTS.map((one) => (
              <option key={one} value={one}>
                {HOLD_TEST_NAMES[one][lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("holdTimerPage.side")}
          <select
            value={side}
            onChange={(event) => {
              setSide(event.target.value === "right" ? "right" : "left");
            }}
            data-testid="camera-timer-side"
          >
            <option value="left">{t("holdTimer.sideLeft")}</option>
            <option value="right">{t("holdTimer.sideRight")}</option>
          </select>
        </label>
        <p className="muted">
          {t(
            test === "abductor-endurance-hold"
              ? "holdTimerPage.sideHelpAbductor"
              : "holdTimerPage.sideHelpBridge",
          )}
        </p>
      </fieldset>
      {last !== null && (
        <p role="status" data-testid="camera-timer-last" data-duration-ms={last.durationMs}>
          {t("holdTimerPage.lastResult", {
            s: (last.durationMs / 1000).toFixed(1).replace(".", lang === "fr" ? "," : "."),
            reason: HOLD_STOP_REASON_NAMES[last.stopReason][lang],
            quality: HOLD_QUALITY_NAMES[last.quality][lang],
          })}
        </p>
      )}
      {cancelled && !open && <p role="status">{t("holdTimerPage.cancelled")}</p>}
      {open ? (
        <CameraHoldTimer
          key={`${test}-${side}`}
          test={test}
          side={side}
          onResult={setLast}
          onCancel={() => {
            setOpen(false);
            setCancelled(true);
          }}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setOpen(true);
              setCancelled(false);
            }}
            data-testid="camera-timer-open"
          >
            {t("holdTimerPage.open")}
          </button>
        </div>
      )}
    </article>
  );
}
