import { useTranslation } from "react-i18next";

/**
 * The server's own wording of a failure, folded away beside the sentence the page shows: it is English, and it
 * is there for the curious (or for whoever helps them), never as the only explanation.
 */
export function TechnicalDetail({ detail }: { readonly detail: string | undefined }) {
  const { t } = useTranslation();
  if (detail === undefined) return null;
  return (
    <details className="muted">
      <summary>{t("errors.technicalDetail")}</summary>
      <span lang="en">{detail}</span>
    </details>
  );
}
