import { useMemo, useState } from "react";
import type { ApiError, RouteOutput } from "@hipcheck/contracts";
import { useTranslation } from "react-i18next";
import { shownName } from "@hipcheck/core";
import { Link } from "react-router";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { GroupsSection } from "./groups-section.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { formatDay, formatInstantDay } from "../../components/format-day.js";
import { InvitationQr } from "./invitation-qr.js";
import { useResource } from "../../api/use-resource.js";
import { RetryIds, sessionShelf } from "../../api/retry-ids.js";
import { ResourceStatus } from "../../components/resource-status.js";
import { EmailInvitationForm } from "./email-invitation-form.js";
import { useOneAtATime } from "../../components/one-at-a-time.js";
import { ScrollableTable } from "../../components/scrollable-table.js";

/** How long a new code works, in days: an evening's class, a week, the default two weeks, a month (decision 0271). */
const VALID_DAYS = [1, 7, 14, 30] as const;

type Client = RouteOutput<"listClients">[number];
type Invitation = RouteOutput<"listInvitations">[number];

function Flag({
  on,
  label,
  testId,
}: {
  readonly on: boolean;
  readonly label: string;
  readonly testId: string;
}) {
  return on ? (
    <span className="card" style={{ padding: "0.1rem 0.4rem", marginRight: "0.3rem" }} data-testid={testId}>
      {label}
    </span>
  ) : null;
}

function PendingInvitations({
  invitations,
  onRevoke,
}: {
  readonly invitations: readonly Invitation[];
  readonly onRevoke: (linkId: string) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const day = (instant: string) => formatInstantDay(instant, i18n.language);
  if (invitations.length === 0) return <p className="muted">{t("coach.noPendingInvitations")}</p>;
  return (
    <ul data-testid="pending-invitations">
      {invitations.map((invitation) => (
        <li key={invitation.linkId} data-testid={`pending-invitation-${invitation.code}`}>
          <code>{invitation.code}</code> ·{" "}
          {t("coach.invitationExpiresOn", { date: day(invitation.expiresAt) })}{" "}
          <button
            type="button"
            className="secondary"
            onClick={() => void onRevoke(invitation.linkId)}
            data-testid="revoke-invitation"
          >
            {t("coach.revokeInvitation")}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A new invitation code and link, and the codes still waiting for a client, each of which can be withdrawn. */
function InviteSection() {
  const { t, i18n } = useTranslation();
  const { call } = useAppContext();
  const [code, setCode] = useState<string | null>(null);
  const [validDays, setValidDays] = useState<number>(14);
  const [copied, setCopied] = useState(false);
  const invitations = useResource("invitations", () => call("listInvitations", {}));
  const pending: readonly Invitation[] | null = invitations.status === "ready" ? invitations.value : null;
  const load = invitations.reload;
  const [error, setError] = useState<ApiError | null>(null);
  const problem = error === null ? null : describeApiError(error, i18n);
  const creating = useOneAtATime();
  const inviteIds = useMemo(() => new RetryIds("coach-invitation", sessionShelf()), []);
  async function invite() {
    const result = await creating.run(async () => {
      setError(null);
      setCopied(false);
      // Tried again after a lost answer, the same request answers the code made the first time.
      return call("createInvitation", { body: { validDays, id: inviteIds.idFor({ validDays }) } });
    });
    // A second tap while the first was on its way: one code, not two.
    if (result === null) return;
    if (result.ok) {
      inviteIds.taken();
      setCode(result.value.code);
    } else setError(result.error);
    load();
  }
  async function revoke(linkId: string) {
    setError(null);
    const shown = pending?.some((invitation) => invitation.linkId === linkId && invitation.code === code);
    const result = await call("revokeLink", { params: { linkId } });
    if (!result.ok) setError(result.error);
    // A withdrawn code no longer works: stop showing it as the one to hand out.
    else if (shown === true) setCode(null);
    load();
  }
  const link = code === null ? "" : `${window.location.origin}/join?code=${encodeURIComponent(code)}`;
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, a refused permission): the link stays on screen to select by hand.
      setCopied(false);
    }
  }
  return (
    <section className="card">
      <h2>{t("coach.invite")}</h2>
      <label>
        {t("coaching.validFor")}
        <select
          value={validDays}
          onChange={(event) => {
            setValidDays(Number(event.target.value));
          }}
          data-testid="invite-valid-days"
        >
          {VALID_DAYS.map((days) => (
            <option key={days} value={days}>
              {t("coaching.days", { count: days })}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() => void invite()}
        disabled={creating.busy}
        aria-busy={creating.busy}
        data-testid="create-invite"
      >
        {t("coach.invite")}
      </button>
      {code !== null && (
        <dl>
          <dt>{t("coach.inviteCode")}</dt>
          <dd>
            <code data-testid="invite-code">{code}</code>
          </dd>
          <dt>{t("coach.inviteLink")}</dt>
          <dd>
            <a href={link} data-testid="invite-link">
              {link}
            </a>{" "}
            <button type="button" className="secondary" onClick={() => void copy()} data-testid="copy-invite">
              {t("coaching.copyLink")}
            </button>
            {copied && (
              <span role="status" data-testid="invite-copied">
                {" "}
                {t("coaching.copied")}
              </span>
            )}
          </dd>
          <dt>{t("coaching.qrTitle")}</dt>
          <dd>
            <InvitationQr link={link} />
          </dd>
        </dl>
      )}
      <ProblemAlert problem={problem} />
      <EmailInvitationForm validDays={validDays} onSent={load} />
      <h3>{t("coach.pendingInvitations")}</h3>
      {pending === null ? (
        <ResourceStatus resource={invitations} testId="invitations-failed" />
      ) : (
        <PendingInvitations invitations={pending} onRevoke={revoke} />
      )}
    </section>
  );
}

/**
 * The hip sessions of the client's program week: done of planned, then those saved part way, which are not counted
 * as done (core's `sessionStatuses`, decisions 0810, 0840); "No program" without one.
 */
function ProgramWeekCell({ week }: { readonly week: Client["programWeek"] }) {
  const { t } = useTranslation();
  if (week === null) return <>{t("coach.noProgram")}</>;
  const done = t("coach.programWeekDone", { done: week.done, count: week.planned });
  if (week.partlyDone === 0) return <>{done}</>;
  return <>{`${done}, ${t("coach.programWeekPartlyDone", { count: week.partlyDone })}`}</>;
}

/**
 * One client at a glance: the hip sessions done of those planned in the program week, then what needs the coach's
 * eye (red flag, more pain, stuck) or, when nothing does, that nothing is flagged and the last session's day; a
 * client with nothing recorded yet says so rather than leaving the cell blank.
 */
export function RosterRow({ client }: { readonly client: Client }) {
  const { t, i18n } = useTranslation();
  const flagged = client.redFlags || client.morePain || client.stuck;
  const hasData = flagged || client.lastSessionDate !== null || client.strength !== null;
  return (
    <tr data-testid={`client-row-${client.email}`}>
      <th scope="row">
        <Link to={`/coach/clients/${client.clientId}`}>{shownName(client)}</Link>
        {client.displayName !== null && <span className="muted"> {client.email}</span>}
      </th>
      <td data-testid="client-sessions">
        <ProgramWeekCell week={client.programWeek} />
      </td>
      <td data-testid="client-progress">
        <Flag on={client.redFlags} label={t("coach.redFlag")} testId="flag-red" />
        <Flag on={client.morePain} label={t("coach.morePain")} testId="flag-pain" />
        <Flag on={client.stuck} label={t("coach.stuck")} testId="flag-stuck" />
        {!flagged && <span>{t(hasData ? "coach.nothingFlagged" : "coach.noDataYet")}</span>}
        {client.lastSessionDate !== null && (
          <span className="muted">
            {" · "}
            {t("coach.lastSession", {
              date: formatDay(client.lastSessionDate, i18n.language, { day: "numeric", month: "long" }),
            })}
          </span>
        )}
      </td>
      {/* Strength since the baseline, past each check's error: who is not improving. */}
      <td data-testid="client-strength" data-strength={client.strength ?? "none"}>
        {t(`strength.coachChange.${client.strength ?? "none"}`)}
      </td>
    </tr>
  );
}

/**
 * The coach's roster at a glance: who trained this week, who is stuck or in more pain, red flags raised, and whose
 * hip is not getting stronger.
 */
export function CoachPage() {
  const { t } = useTranslation();
  usePageTitle(t("coach.title"));
  const { call } = useAppContext();
  const roster = useResource("clients", () => call("listClients", {}));
  const clients: readonly Client[] | null = roster.status === "ready" ? roster.value : null;
  return (
    <article data-testid="coach-page">
      <h1>{t("coach.title")}</h1>
      <InviteSection />
      {clients === null ? (
        <ResourceStatus resource={roster} testId="clients-failed" />
      ) : clients.length === 0 ? (
        <p>{t("coach.none")}</p>
      ) : (
        <ScrollableTable label={t("coach.title")} testId="roster">
          <thead>
            <tr>
              <th scope="col">{t("coach.client")}</th>
              <th scope="col">{t("coach.programWeekSessions")}</th>
              <th scope="col">{t("progress.title")}</th>
              <th scope="col">{t("strength.coachColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {clients.map((client) => (
              <RosterRow key={client.clientId} client={client} />
            ))}
          </tbody>
        </ScrollableTable>
      )}
      {clients !== null && clients.length > 0 && <GroupsSection clients={clients} />}
    </article>
  );
}
