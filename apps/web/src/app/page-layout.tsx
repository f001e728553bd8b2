import { useTranslation } from "react-i18next";
import { useEffect, useRef } from "react";
import { NavLink, Outlet, useLocation } from "react-router";
import { pageChanged } from "../offline/app-update.js";
import { changeLanguage, currentLang } from "../i18n/setup-i18n.js";
import { useAppContext } from "./app-context.js";
import { NotSavedList } from "./not-saved-list.js";
import { SyncBanner } from "./sync-banner.js";

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <div className="lang-switch" role="group" aria-label={t("app.language")}>
      {(["en", "fr"] as const).map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={lang === code}
          data-testid={`lang-${code}`}
          onClick={() => void changeLanguage(code)}
        >
          {code === "en" ? "English" : "Français"}
        </button>
      ))}
    </div>
  );
}

function MainNav() {
  const { t } = useTranslation();
  const { me } = useAppContext();
  const links: { to: string; label: string; id: string }[] = [
    { to: "/learn", label: t("nav.learn"), id: "learn" },
    ...(me?.role === "coach"
      ? [{ to: "/coach", label: t("nav.coach"), id: "coach" }]
      : [
          ...(me === null ? [] : [{ to: "/", label: t("today.nav"), id: "today" }]),
          { to: "/program", label: t("nav.program"), id: "program" },
          { to: "/progress", label: t("nav.progress"), id: "progress" },
          { to: "/screen", label: t("nav.screen"), id: "screen" },
          ...(me === null
            ? [{ to: "/join", label: t("coaching.navJoin"), id: "join" }]
            : me.role === "admin"
              ? []
              : [{ to: "/my-coach", label: t("coaching.myCoachTitle"), id: "my-coach" }]),
        ]),
    ...(me?.role === "admin" ? [{ to: "/admin", label: t("admin.navLink"), id: "admin" }] : []),
    ...(me
      ? [
          { to: "/data", label: t("nav.data"), id: "data" },
          { to: "/settings", label: t("nav.settings"), id: "settings" },
        ]
      : [{ to: "/sign-in", label: t("nav.signIn"), id: "sign-in" }]),
  ];
  return (
    <nav className="main-nav" aria-label={t("nav.main")}>
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            <NavLink to={link.to} end={link.to === "/"} data-testid={`nav-${link.id}`}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Every page: header with navigation and language, the main region, and the medical disclaimer footer. */
export function PageLayout() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstPage = useRef(true);
  useEffect(() => {
    // After an in-app navigation, move focus to the new page, as a full page load would (WCAG 2.4.3).
    if (firstPage.current) firstPage.current = false;
    else {
      // A new version of the app installed while the last page was open opens with this one (decision 0923).
      pageChanged();
      main.current?.focus();
    }
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          {t("app.name")}
        </NavLink>
        <MainNav />
        <LanguageSwitch />
      </header>
      <SyncBanner />
      <main id="main" tabIndex={-1} ref={main}>
        <NotSavedList />
        <Outlet />
      </main>
      <footer className="site-footer" data-testid="disclaimer">
        <p>{t("footer.disclaimer")}</p>
        <p>{t("footer.emergency")}</p>
      </footer>
    </>
  );
}
