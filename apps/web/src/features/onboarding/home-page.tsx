import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../../components/use-page-title.js";

/** What HipCheck is and is not, before anything is asked. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t("home.title"));
  return (
    <article data-testid="home-page">
      <h1>{t("home.title")}</h1>
      <p className="muted">{t("app.tagline")}</p>
      <p>{t("home.intro")}</p>
      <div className="cards">
        <section className="card" aria-labelledby="is-title">
          <h2 id="is-title">{t("home.isTitle")}</h2>
          <ul>
            <li>{t("home.is1")}</li>
            <li>{t("home.is2")}</li>
            <li>{t("home.is3")}</li>
          </ul>
        </section>
        <section className="card" aria-labelledby="is-not-title">
          <h2 id="is-not-title">{t("home.isNotTitle")}</h2>
          <ul>
            <li>{t("home.isNot1")}</li>
            <li>{t("home.isNot2")}</li>
            <li>{t("home.isNot3")}</li>
          </ul>
        </section>
      </div>
      <div className="actions">
        <Link className="button" to="/sign-up" data-testid="start">
          {t("home.start")}
        </Link>
        <Link className="button secondary" to="/sign-in">
          {t("home.haveAccount")}
        </Link>
        <Link className="button secondary" to="/learn">
          {t("nav.learn")}
        </Link>
      </div>
    </article>
  );
}
