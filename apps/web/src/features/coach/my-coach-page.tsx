import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { shownName } from "@hipcheck/core";
import type { ApiError, RouteOutput } from "@hipcheck/contracts";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { formatInstantDay } from "../../components/format-day.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { CoachCanSee } from "./coach-can-see.js";
import { useResource } from "../../api/use-resource.js";
import { ResourceStatus } from "../../components/resource-status.js";

type CoachLink = RouteOutput<"listCoaches">[number];

/** The coach's chosen name, or their email when they have none (decision 0330). */
function coachName(link: CoachLink): string {
  return shownName({ email: link.coachEmail, displayName: link.coachDisplayName });
}

/** One coach who follows the person, since when, and "stop sharing", asked twice because it is immediate. */
function CoachCard({ link, onStopped }: { readonly link: CoachLink; readonly onStopped: () => void }) {
  const { t, i18n } = useTranslation();
  const { call } = useAppContext();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function stop() {
    setBusy(true);
    const result = await call("revokeLink", { params: { linkId: link.linkId } });
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) onStopped();
  }
  return (
    <li className="card" data-testid={`my-coach-${link.coachEmail}`}>
      <p>
        <strong data-testid="my-coach-name">{coachName(link)}</strong>
        {link.coachDisplayName !== null && <span className="muted"> {link.coachEmail}</span>}
      </p>
      <p>{t("coaching.since", { date: formatInstantDay(link.acceptedAt ?? "", i18n.language) })}</p>
      {confirming ? (
        <div role="group" aria-label={t("coaching.stopSharing")}>
          <p>{t("coaching.stopConfirm", { coach: coachName(link) })}</p>
          <div className="actions">
            <button
              type="button"
              onClick={() => void stop()}
              disabled={busy}
              data-testid="stop-sharing-confirm"
            >
              {t("coaching.stopSharing")}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t("coaching.keepSharing")}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => {
            setConfirming(true);
          }}
          data-testid="stop-sharing"
        >
          {t("coaching.stopSharing")}
        </button>
      )}
      <ProblemAlert problem={error === null ? null : describeApiError(error, i18n)} />
    </li>
  );
}

/** "My coach": who follows the person, since when, what they can see, and a way to stop sharing at once. */
export function MyCoachPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("coaching.myCoachTitle"));
  const { call } = useAppContext();
  const resource = useResource("coaches", () => call("listCoaches", {}));
  const links = resource.status === "ready" ? resource.value : null;
  const load = resource.reload;
  const active = links?.filter((link) => link.acceptedAt !== null && link.revokedAt === null) ?? [];
  const past = links?.filter((link) => link.acceptedAt !== null && link.revokedAt !== null) ?? [];
  return (
    <article data-testid="my-coach-page">
      <h1>{t("coaching.myCoachTitle")}</h1>
      <ResourceStatus resource={resource} testId="my-coach-failed" />
      {links !== null && (
        <>
          {active.length === 0 ? (
            <p data-testid="no-coach">{t("coaching.noCoach")}</p>
          ) : (
            <ul className="plain" data-testid="my-coaches">
              {active.map((link) => (
                <CoachCard key={link.linkId} link={link} onStopped={load} />
              ))}
            </ul>
          )}
          <CoachCanSee />
          {past.length > 0 && (
            <section>
              <h2>{t("coaching.pastCoaches")}</h2>
              <ul data-testid="past-coaches">
                {past.map((link) => (
                  <li key={link.linkId} data-testid={`past-coach-${link.coachEmail}`}>
                    {t("coaching.endedOn", {
                      coach: coachName(link),
                      date: formatInstantDay(link.revokedAt ?? "", i18n.language),
                    })}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p>
            <Link to="/join" data-testid="join-another">
              {t("coach.accept")}
            </Link>
          </p>
        </>
      )}
    </article>
  );
}
