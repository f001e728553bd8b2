import { useMemo, useState } from "react";
import type { SubmitEvent } from "react";
import type { ApiError, RouteOutput } from "@hipcheck/contracts";
import { ok, shownName } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import type { ProgramSnapshot } from "../../offline/local-store.js";
import { ProgressCharts } from "../progress/progress-page.js";
import { useHistory } from "../progress/use-history.js";
import { ShareLinksSection } from "../program/share-links-section.js";
import { ClientActivity } from "./client-activity.js";
import { ClinicReadingForm } from "./clinic-reading-form.js";
import { ClientDownloads } from "./client-downloads.js";
import { ClientIntake } from "./client-intake-section.js";
import { ProgramEditForm } from "./program-edit-form.js";
import { formText } from "../../components/form-text.js";
import { formatDay, formatInstantDay } from "../../components/format-day.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { useLatestScreen } from "../onboarding/use-latest-screen.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { useResource } from "../../api/use-resource.js";
import { RetryIds, sessionShelf } from "../../api/retry-ids.js";
import { LoadFailed, ResourceStatus } from "../../components/resource-status.js";
import { useOneAtATime } from "../../components/one-at-a-time.js";

type Note = RouteOutput<"listCoachNotes">[number];

function Notes({ clientId }: { readonly clientId: string }) {
  const { t, i18n } = useTranslation();
  const { call } = useAppContext();
  const resource = useResource(clientId, () => call("listCoachNotes", { params: { clientId } }));
  const notes: readonly Note[] = resource.status === "ready" ? resource.value : [];
  const load = resource.reload;
  const [error, setError] = useState<ApiError | null>(null);
  const problem = error === null ? null : describeApiError(error, i18n);
  const adding = useOneAtATime();
  const noteIds = useMemo(() => new RetryIds(`coach-note:${clientId}`, sessionShelf()), [clientId]);
  async function add(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const body = formText(new FormData(form), "note").trim();
    if (body === "") return;
    // A double tap adds the note once; the same note sent again after a lost answer is stored once.
    const id = noteIds.idFor({ body });
    const result = await adding.run(() => call("addCoachNote", { params: { clientId }, body: { body, id } }));
    if (result === null) return;
    if (result.ok) noteIds.taken();
    // A refused note stays in the box, and the coach is told why it was not added.
    setError(result.ok ? null : result.error);
    if (result.ok) {
      form.reset();
      load();
    }
  }
  return (
    <section className="card" data-testid="notes">
      <h2>{t("coach.notes")}</h2>
      {resource.status !== "ready" ? (
        <ResourceStatus resource={resource} testId="notes-failed" />
      ) : notes.length === 0 ? (
        <p>{t("coach.notesEmpty")}</p>
      ) : (
        <ul>
          {notes.map((note) => (
            <li key={note.id}>
              <span className="muted">{formatInstantDay(note.createdAt, i18n.language)}</span> {note.body}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void add(event)}>
        <label>
          {t("coach.addNote")}
          <textarea name="note" maxLength={5000} data-testid="note-text" />
        </label>
        <button type="submit" disabled={adding.busy} aria-busy={adding.busy} data-testid="add-note">
          {t("coach.addNote")}
        </button>
      </form>
      <ProblemAlert problem={problem} />
    </section>
  );
}

/** The client's latest check-in as their coach needs it first: any warning sign, and the self-check's pointer. */
function LatestCheckIn({ clientId }: { readonly clientId: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const latest = useLatestScreen(clientId);
  if (latest.status === "loading" || latest.status === "unknown") return null;
  return (
    <section className="card" aria-labelledby="latest-check-in-title" data-testid="client-check-in">
      <h2 id="latest-check-in-title">{t("coach.latestCheckIn")}</h2>
      {latest.status === "none" ? (
        <p>{t("coach.noCheckIn")}</p>
      ) : (
        <>
          <p className="muted">{formatDay(latest.date, i18n.language)}</p>
          {latest.screen.flags.length > 0 && (
            <ul className={`card tier-${latest.screen.tier}`} data-testid="client-flags">
              {latest.screen.flags.map((flag) => (
                <li key={flag.id} data-testid={`client-flag-${flag.id}`} data-tier={flag.tier}>
                  <strong>
                    {t("coaching.flagRaised", {
                      tier: t(`coaching.tier.${flag.tier}`),
                      date: formatDay(latest.date, i18n.language),
                    })}
                  </strong>{" "}
                  {flag.reason[lang]}{" "}
                  {t("coaching.flagWhoWhen", { who: flag.whoToSee[lang], when: flag.howSoon[lang] })}
                </li>
              ))}
            </ul>
          )}
          <p className="muted">{t("coaching.clientWasTold")}</p>
          <blockquote
            className={latest.screen.tier === "none" ? undefined : `card tier-${latest.screen.tier}`}
            data-testid="client-screen"
            data-tier={latest.screen.tier}
          >
            <p>{latest.screen.advice[lang]}</p>
            <p>{latest.selfCheck.explanation[lang]}</p>
          </blockquote>
        </>
      )}
    </section>
  );
}

type ClientProgram =
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly error: ApiError }
  /** Not this coach's client (any more): the link ended, or there is no such client. */
  | { readonly status: "gone" }
  | { readonly status: "none" }
  | { readonly status: "ready"; readonly snapshot: ProgramSnapshot };

type LoadedProgram = Exclude<ClientProgram, { readonly status: "loading" | "failed" }>;

function useClientProgram(clientId: string): { program: ClientProgram; reload: () => void } {
  const { call } = useAppContext();
  const resource = useResource<LoadedProgram>(clientId, async () => {
    const current = await call("getCurrentProgram", { query: { personId: clientId } });
    if (!current.ok) return current.error.status === 404 ? ok({ status: "gone" }) : current;
    if (current.value === null) return ok({ status: "none" });
    const detail = await call("getProgram", { params: { programId: current.value.programId } });
    if (!detail.ok) return detail.error.status === 404 ? ok({ status: "gone" }) : detail;
    return ok({
      status: "ready",
      snapshot: {
        programId: detail.value.programId,
        program: detail.value.program,
        revisions: detail.value.history.map((entry) => entry.revision),
      },
    });
  });
  const program: ClientProgram =
    resource.status === "ready"
      ? resource.value
      : resource.status === "failed"
        ? { status: "failed", error: resource.error }
        : { status: "loading" };
  return { program, reload: resource.reload };
}

/** The client's own language, which the coach's reasons are first written in. */
function useClientLanguage(clientId: string): "en" | "fr" | undefined {
  const { call } = useAppContext();
  const resource = useResource(clientId, () => call("getProfile", { query: { personId: clientId } }));
  return resource.status === "ready" ? resource.value?.language : undefined;
}

/** The client's chosen name, or their email when they have none (decision 0330). */
function useClientName(clientId: string): string {
  const { call } = useAppContext();
  const resource = useResource(clientId, () => call("listClients", {}));
  const client =
    resource.status === "ready" ? resource.value.find((summary) => summary.clientId === clientId) : undefined;
  return client === undefined ? "" : shownName(client);
}

/**
 * One client for their coach: program (with edits and reasons), check-ins, sessions, charts, the client's files
 * (handout, FHIR record, spreadsheets), share links to the program, notes.
 */
export function ClientPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("coach.client"));
  const clientId = useParams().clientId ?? "";
  const { program, reload } = useClientProgram(clientId);
  const name = useClientName(clientId);
  const clientLanguage = useClientLanguage(clientId);
  const [saved, setSaved] = useState(0);
  const history = useHistory(clientId, saved);
  if (program.status === "gone") {
    return (
      <article data-testid="client-not-found">
        <h1>{t("coach.client")}</h1>
        <p>{t("coaching.clientGone")}</p>
        <p>
          <Link to="/coach">{t("coaching.backToClients")}</Link>
        </p>
      </article>
    );
  }
  const snapshot = program.status === "ready" ? program.snapshot : null;
  return (
    <article data-testid="client-page">
      <h1>
        {t("coach.client")}
        {t("app.colon")}
        <span data-testid="client-name">{name}</span>
      </h1>
      <LatestCheckIn clientId={clientId} />
      <ClientIntake clientId={clientId} />
      {program.status === "failed" ? (
        <LoadFailed
          problem={describeApiError(program.error, i18n)}
          onRetry={reload}
          testId="client-program-failed"
        />
      ) : program.status === "loading" || history === null ? (
        <p role="status">{t("app.loading")}</p>
      ) : snapshot === null ? (
        <p data-testid="client-no-program">{t("coaching.clientNoProgram")}</p>
      ) : (
        <>
          <ProgramEditForm
            key={clientLanguage ?? "unknown"}
            programId={snapshot.programId}
            program={snapshot.program}
            onSaved={reload}
            {...(clientLanguage === undefined ? {} : { clientLanguage })}
          />
          <ClientActivity history={history} />
          <ProgressCharts snapshot={snapshot} history={history} personId={clientId} />
          <ShareLinksSection programId={snapshot.programId} />
        </>
      )}
      {program.status !== "failed" && history !== null && (
        <ClinicReadingForm
          key={clientId}
          clientId={clientId}
          checks={history.strengthChecks.map((stored) => stored.check)}
          onSaved={() => {
            setSaved((count) => count + 1);
          }}
        />
      )}
      {(program.status === "ready" || program.status === "none") && (
        <ClientDownloads clientId={clientId} programId={snapshot?.programId ?? null} />
      )}
      <Notes clientId={clientId} />
    </article>
  );
}
