import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../components/use-page-title.js";

/** An address the app does not know (a mistyped or old link): say so, and offer the way home. */
export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t("notFound.title"));
  return (
    <article data-testid="not-found-page">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <Link className="button" to="/">
        {t("notFound.home")}
      </Link>
    </article>
  );
}
