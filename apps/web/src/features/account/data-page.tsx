import { useState } from "react";
import type { ChangeEvent, SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import type { i18n as I18n } from "i18next";
import { useNavigate } from "react-router";
import type { ApiError, RouteOutput } from "@hipcheck/contracts";
import { describeApiError } from "../../api/describe-api-error.js";
import type { ApiErrorContext, ApiErrorDescription } from "../../api/describe-api-error.js";
import { useAppContext } from "../../app/app-context.js";
import { rememberMe } from "../../app/remembered-me.js";
import { forgetAccountOnDevice } from "../../app/device-account.js";
import { DownloadButton } from "../../components/download-button.js";
import { formText } from "../../components/form-text.js";
import { TechnicalDetail } from "../../components/technical-detail.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { IMPORTED_KINDS, importedCounts, readFhirFile } from "./fhir-file.js";
import type { FhirFileProblem, ImportedKind } from "./fhir-file.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { SignOutButton } from "./sign-out-button.js";

function downloadJson(document_: unknown, fileName: string) {
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(document_, null, 2)], { type: "application/json" }),
  );
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

const COUNT_KEYS = {
  checkIns: "data.countCheckIns",
  painEntries: "data.countPain",
  psfsEntries: "data.countPsfs",
  strengthChecks: "strength.countImported",
  movementFindings: "data.countMovement",
} as const satisfies Record<ImportedKind, string>;

function isKnownKind(kind: string): kind is ImportedKind {
  return (IMPORTED_KINDS as readonly string[]).includes(kind);
}

/** The record as files other systems read: FHIR R4 for a clinic, CSV for a spreadsheet. */
function RecordDownloads() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <section className="card" aria-labelledby="record-title" data-testid="record-downloads">
      <h2 id="record-title">{t("data.recordTitle")}</h2>
      <p>{t("data.fhirExplain")}</p>
      <div className="actions">
        <DownloadButton
          route="exportFhir"
          input={{ query: {} }}
          fallbackFileName="hipcheck-record.fhir.json"
          label={t("data.fhirDownload")}
          testId="download-fhir"
        />
      </div>
      <p>{t("data.csvExplain")}</p>
      <div className="actions">
        <DownloadButton
          route="exportSessionsCsv"
          input={{ query: { lang } }}
          fallbackFileName="hipcheck-sessions.csv"
          label={t("data.sessionsCsv")}
          testId="download-sessions-csv"
        />
        <DownloadButton
          route="exportPainCsv"
          input={{ query: { lang } }}
          fallbackFileName="hipcheck-pain.csv"
          label={t("data.painCsv")}
          testId="download-pain-csv"
        />
        <DownloadButton
          route="exportMovementCsv"
          input={{ query: { lang } }}
          fallbackFileName="hipcheck-movement.csv"
          label={t("data.movementCsv")}
          testId="download-movement-csv"
        />
      </div>
    </section>
  );
}

type ImportSkipped = RouteOutput<"importFhir">["skipped"][number];

/** What the import left out, each with its type, its id in the file and the reason (decision 0280). */
function SkippedList({ skipped }: { readonly skipped: readonly ImportSkipped[] }) {
  const { t } = useTranslation();
  if (skipped.length === 0) return null;
  return (
    <details data-testid="fhir-skipped">
      <summary>{t("fhirSkipped.title", { count: skipped.length })}</summary>
      <ul>
        {skipped.map((item, index) => (
          <li key={`${item.type}.${item.id ?? String(index)}`} data-reason={item.reason}>
            {t("fhirSkipped.item", {
              type: item.type,
              id: item.id ?? "",
              reason: t(`fhirSkipped.reason.${item.reason}`),
            })}{" "}
            <span className="muted" lang="en">
              ({item.detail})
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

function fhirFileProblemText(problem: FhirFileProblem, i18n: I18n): string {
  switch (problem.kind) {
    case "not-json":
      return i18n.t("data.fhirNotJson");
    case "not-fhir":
      return i18n.t("data.fhirNotFhir");
    case "bad-line":
      return i18n.t("data.fhirBadLine", { line: problem.lineNumber });
  }
}

type ImportState =
  | { readonly status: "idle" }
  | { readonly status: "busy" }
  | {
      readonly status: "done";
      readonly counts: [string, number][];
      readonly skipped: readonly ImportSkipped[];
    }
  | { readonly status: "refused"; readonly problem: FhirFileProblem }
  | { readonly status: "failed"; readonly error: ApiError };

function refusalOf(state: ImportState, i18n: I18n): ApiErrorDescription | null {
  if (state.status === "refused") return { text: fhirFileProblemText(state.problem, i18n) };
  if (state.status !== "failed") return null;
  const failure = describeApiError(state.error, i18n, "fhir-import");
  // An unreachable server did not refuse the record: it never saw it.
  if (state.error.status === 0) return failure;
  return { ...failure, text: i18n.t("data.fhirRefused", { message: failure.text }) };
}

/** Adds a FHIR Bundle's answers, pain and PSFS to the record; all or nothing, so a bad file changes nothing. */
function FhirImport() {
  const { t, i18n } = useTranslation();
  const { call } = useAppContext();
  const [state, setState] = useState<ImportState>({ status: "idle" });

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    setState({ status: "busy" });
    const bundle = readFhirFile(await file.text());
    input.value = "";
    if (!bundle.ok) {
      setState({
        status: "refused",
        problem: bundle.error,
      });
      return;
    }
    const result = await call("importFhir", { body: bundle.value });
    setState(
      result.ok
        ? { status: "done", counts: importedCounts(result.value.counts), skipped: result.value.skipped }
        : { status: "failed", error: result.error },
    );
  }

  const refusal = refusalOf(state, i18n);

  return (
    <section className="card" aria-labelledby="fhir-import-title" data-testid="fhir-import">
      <h2 id="fhir-import-title">{t("data.fhirImportTitle")}</h2>
      <p>{t("data.fhirImportExplain")}</p>
      <label>
        {t("data.fhirImportPick")}
        <input
          type="file"
          accept=".json,.ndjson,application/json,application/fhir+json,application/fhir+ndjson,application/x-ndjson"
          disabled={state.status === "busy"}
          onChange={(event) => void importFile(event)}
          data-testid="fhir-file"
        />
      </label>
      {state.status === "busy" && <p role="status">{t("app.loading")}</p>}
      {state.status === "done" && (
        <div role="status" data-testid="fhir-imported">
          <p className="ok">{t("data.fhirImported")}</p>
          <ul>
            {state.counts.map(([kind, count]) => (
              <li key={kind} data-kind={kind}>
                {isKnownKind(kind) ? t(COUNT_KEYS[kind], { count }) : `${kind}: ${String(count)}`}
              </li>
            ))}
          </ul>
          <SkippedList skipped={state.skipped} />
        </div>
      )}
      {refusal !== null && (
        <>
          <p className="error" role="alert" data-testid="fhir-import-error">
            {refusal.text} {t("data.fhirNothingChanged")}
          </p>
          <TechnicalDetail detail={refusal.detail} />
        </>
      )}
    </section>
  );
}

/**
 * Everything the server holds about the person as one JSON file, the record for a clinic (FHIR) or a spreadsheet
 * (CSV), importing a FHIR record back, and deleting the account for good.
 */
export function DataPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("data.title"));
  const { call, store, setMe } = useAppContext();
  const navigate = useNavigate();
  const [error, setError] = useState<{ readonly error: ApiError; readonly context?: ApiErrorContext } | null>(
    null,
  );
  const problem = error === null ? null : describeApiError(error.error, i18n, error.context);

  async function exportAll() {
    const result = await call("exportData", {});
    if (result.ok) downloadJson(result.value, "hipcheck-export.json");
    else setError({ error: result.error });
  }

  async function deleteAccount(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (formText(form, "confirm").trim() !== t("data.deleteWord")) return;
    const result = await call("deleteAccount", { body: { password: formText(form, "password") } });
    if (!result.ok) {
      setError({ error: result.error, context: "delete-account" });
      return;
    }
    await forgetAccountOnDevice(store, { local: localStorage, session: sessionStorage });
    rememberMe(null);
    // Leave the signed-in page first: with no one signed in, its gate would send the person to the sign-in page.
    await navigate("/", { replace: true });
    setMe(null);
  }

  return (
    <article data-testid="data-page">
      <h1>{t("data.title")}</h1>
      <div className="actions">
        <button type="button" onClick={() => void exportAll()} data-testid="export">
          {t("data.export")}
        </button>
        <SignOutButton />
      </div>
      <ProblemAlert problem={problem} />
      <RecordDownloads />
      <FhirImport />
      <section className="card">
        <h2>{t("data.deleteTitle")}</h2>
        <p>{t("data.deleteText")}</p>
        <form onSubmit={(event) => void deleteAccount(event)}>
          <label>
            {t("auth.currentPassword")}
            <input
              type="password"
              name="password"
              autoComplete="current-password"
              required
              data-testid="delete-password"
            />
          </label>
          <label>
            {t("data.deleteConfirm", { word: t("data.deleteWord") })}
            <input
              type="text"
              name="confirm"
              required
              pattern={`\\s*${t("data.deleteWord")}\\s*`}
              data-testid="delete-confirm"
            />
          </label>
          <button type="submit" className="danger" data-testid="delete-account">
            {t("data.delete")}
          </button>
        </form>
      </section>
    </article>
  );
}
