import { useCallback, useEffect, useState } from "react";
import type { SubmitEvent } from "react";
import type { ApiError, RouteOutput } from "@hipcheck/contracts";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { describeApiError } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import type { ProgramSnapshot } from "../../offline/local-store.js";
import { ProgressCharts } from "../progress/progress-page.js";
import { useHistory } from "../progress/use-history.js";
import { ShareLinksSection } from "../program/share-links-section.js";
import { ClientActivity } from "./client-activity.js";
import { ClientDownloads } from "./client-downloads.js";
import { ProgramEditForm } from "./program-edit-form.js";
import { formText } from "../../components/form-text.js";
import { formatDay, formatInstantDay } from "../../components/format-day.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { useLatestScreen } from "../onboarding/use-latest-screen.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { ProblemAlert } from "../../components/problem-alert.js";

type Note = RouteOutput<"listCoachNotes">[number];

function Notes({ clientId }: { readonly clientId: string }) {
  const { t, i18n } = useTranslation();
  const { call } = useAppContext();
  const [notes, setNotes] = useState<readonly Note[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const problem = error === null ? null : describeApiError(error, i18n);
  const load = useCallback(() => {
    void call("listCoachNotes", { params: { clientId } }).then((result) => {
      if (result.ok) setNotes(result.value);
    });
  }, [call, clientId]);
  useEffect(load, [load]);
  async function add(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const body = formText(new FormData(form), "note").trim();
    if (body === "") return;
    const result = await call("addCoachNote", { params: { clientId }, body: { body } });
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
      {notes.length === 0 ? (
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
        <button type="submit" data-testid="add-note">
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
          <p
            className={latest.screen.tier === "none" ? undefined : `card tier-${latest.screen.tier}`}
            data-testid="client-screen"
            data-tier={latest.screen.tier}
          >
            {latest.screen.advice[lang]}
          </p>
          <p>{latest.selfCheck.explanation[lang]}</p>
        </>
      )}
    </section>
  );
}

function useClientProgram(clientId: string): {
  snapshot: ProgramSnapshot | null | undefined;
  reload: () => void;
} {
  const { call } = useAppContext();
  const [snapshot, setSnapshot] = useState<ProgramSnapshot | null | undefined>(undefined);
  const reload = useCallback(() => {
    void (async () => {
      const current = await call("getCurrentProgram", { query: { personId: clientId } });
      if (!current.ok || current.value === null) {
        setSnapshot(null);
        return;
      }
      const detail = await call("getProgram", { params: { programId: current.value.programId } });
      const view = detail.ok ? detail.value : { ...current.value, history: [] };
      setSnapshot({
        programId: view.programId,
        program: view.program,
        revisions: view.history.map((entry) => entry.revision),
      });
    })();
  }, [call, clientId]);
  useEffect(reload, [reload]);
  return { snapshot, reload };
}

function useClientEmail(clientId: string): string {
  const { call } = useAppContext();
  const [email, setEmail] = useState("");
  useEffect(() => {
    void call("listClients", {}).then((result) => {
      if (result.ok) setEmail(result.value.find((client) => client.clientId === clientId)?.email ?? "");
    });
  }, [call, clientId]);
  return email;
}

/**
 * One client for their coach: program (with edits and reasons), check-ins, sessions, charts, the client's files
 * (handout, FHIR record, spreadsheets), share links to the program, notes.
 */
export function ClientPage() {
  const { t } = useTranslation();
  usePageTitle(t("coach.client"));
  const clientId = useParams().clientId ?? "";
  const { snapshot, reload } = useClientProgram(clientId);
  const email = useClientEmail(clientId);
  const history = useHistory(clientId);
  return (
    <article data-testid="client-page">
      <h1>
        {t("coach.client")}
        {t("app.colon")}
        {email}
      </h1>
      <LatestCheckIn clientId={clientId} />
      {snapshot === undefined || history === null ? (
        <p role="status">{t("app.loading")}</p>
      ) : snapshot === null ? (
        <p>{t("program.none")}</p>
      ) : (
        <>
          <ProgramEditForm programId={snapshot.programId} program={snapshot.program} onSaved={reload} />
          <ClientActivity history={history} />
          <ProgressCharts snapshot={snapshot} history={history} personId={clientId} />
          <ShareLinksSection programId={snapshot.programId} />
        </>
      )}
      {snapshot !== undefined && (
        <ClientDownloads clientId={clientId} programId={snapshot?.programId ?? null} />
      )}
      <Notes clientId={clientId} />
    </article>
  );
}
