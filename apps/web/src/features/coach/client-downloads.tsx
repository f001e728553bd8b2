import type { Lang } from "@hipcheck/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DownloadButton } from "../../components/download-button.js";
import { FileLanguageSelect } from "../../components/file-language-select.js";
import { currentLang } from "../../i18n/setup-i18n.js";

type ClientDownloadsProps = {
  readonly clientId: string;
  /** Absent while the client has no program: the record and spreadsheets exist without one. */
  readonly programId: string | null;
};

/** A client's handout, FHIR record and spreadsheets, for the coach to print or take into a clinic's system. */
export function ClientDownloads({ clientId, programId }: ClientDownloadsProps) {
  const { t, i18n } = useTranslation();
  const [fileLang, setFileLang] = useState<Lang>(currentLang(i18n.language));
  const person = { personId: clientId };
  return (
    <section className="card" aria-labelledby="client-files-title" data-testid="client-downloads">
      <h2 id="client-files-title">{t("sharing.clientFilesTitle")}</h2>
      <FileLanguageSelect value={fileLang} onChange={setFileLang} testId="client-file-language" />
      <div className="actions">
        {programId !== null && (
          <DownloadButton
            route="getHandoutPdf"
            input={{ params: { programId }, query: { lang: fileLang } }}
            fallbackFileName={`hipcheck-program-${fileLang}.pdf`}
            label={t("sharing.handout")}
            testId="client-download-handout"
          />
        )}
        <DownloadButton
          route="exportFhir"
          input={{ query: person }}
          fallbackFileName="hipcheck-record.fhir.json"
          label={t("data.fhirDownload")}
          testId="client-download-fhir"
        />
        <DownloadButton
          route="exportSessionsCsv"
          input={{ query: { ...person, lang: fileLang } }}
          fallbackFileName="hipcheck-sessions.csv"
          label={t("data.sessionsCsv")}
          testId="client-download-sessions-csv"
        />
        <DownloadButton
          route="exportPainCsv"
          input={{ query: { ...person, lang: fileLang } }}
          fallbackFileName="hipcheck-pain.csv"
          label={t("data.painCsv")}
          testId="client-download-pain-csv"
        />
        <DownloadButton
          route="exportMovementCsv"
          input={{ query: { ...person, lang: fileLang } }}
          fallbackFileName="hipcheck-movement.csv"
          label={t("data.movementCsv")}
          testId="client-download-movement-csv"
        />
      </div>
      <p className="muted">{t("sharing.clientFhirExplain")}</p>
    </section>
  );
}
