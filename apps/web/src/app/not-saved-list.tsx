import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { describeApiError } from "../api/describe-api-error.js";
import { formatDay } from "../components/format-day.js";
import { discardRefused, refusedEntries, sendAgain } from "../offline/refused-entries.js";
import type { RefusedEntry } from "../offline/refused-entries.js";
import { useAppContext } from "./app-context.js";

/**
 * "Not saved": the entries the server refused at sync, shown on every page while any exist (decision 0582). Each says
 * which entry (what, and the day it is about) and why, in the person's language, and offers what can be done: correct
 * it where a form exists (a strength check), send it again once the reason is fixed, or discard it after a second tap.
 */
export function NotSavedList() {
  const { t, i18n } = useTranslation();
  const { store, sync, syncNow } = useAppContext();
  const [entries, setEntries] = useState<readonly RefusedEntry[]>([]);
  const [confirming, setConfirming] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    void refusedEntries(store).then((found) => {
      if (current) setEntries(found);
    });
    return () => {
      current = false;
    };
  }, [store, sync.rounds]);
  if (entries.length === 0) return null;

  async function act(action: (key: number) => Promise<void>, key: number) {
    setConfirming(null);
    await action(key);
    await syncNow();
  }

  return (
    <section className="card not-saved" aria-labelledby="not-saved-title" data-testid="not-saved">
      <h2 id="not-saved-title">{t("notSaved.title")}</h2>
      <p className="muted">{t("notSaved.intro")}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key} data-testid="not-saved-entry" data-kind={entry.item.kind}>
            <p>
              <strong>
                {t("notSaved.entry", {
                  what: t(`notSaved.kind.${entry.item.kind}`),
                  date: formatDay(entry.date, i18n.language),
                })}
              </strong>
            </p>
            <p data-testid="not-saved-reason" data-error-kind={entry.refusal.kind}>
              {t("notSaved.reason", { text: describeApiError(entry.refusal, i18n).text })}
            </p>
            {confirming === entry.key ? (
              <div className="actions" role="group">
                <p>{t("notSaved.discardConfirm")}</p>
                <button
                  type="button"
                  className="danger"
                  onClick={() => void act((key) => discardRefused(store, key), entry.key)}
                  data-testid="not-saved-discard-confirm"
                >
                  {t("notSaved.discard")}
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    setConfirming(null);
                  }}
                >
                  {t("holdTimer.cancel")}
                </button>
              </div>
            ) : (
              <div className="actions">
                {entry.item.kind === "strength" && (
                  <Link to={`/strength?correct=${String(entry.key)}`} data-testid="not-saved-correct">
                    {t("notSaved.correct")}
                  </Link>
                )}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void act((key) => sendAgain(store, key), entry.key)}
                  data-testid="not-saved-send-again"
                >
                  {t("notSaved.sendAgain")}
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    setConfirming(entry.key);
                  }}
                  data-testid="not-saved-discard"
                >
                  {t("notSaved.discard")}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
