import { useTranslation } from "react-i18next";

/** What a linked coach sees and may do, said before joining and on "My coach" (the server's access rules). */
export function CoachCanSee() {
  const { t } = useTranslation();
  return (
    <section className="card" data-testid="coach-can-see">
      <h2>{t("coaching.canSeeTitle")}</h2>
      <ul>
        <li>{t("coaching.canSee.checkIns")}</li>
        <li>{t("coaching.canSee.program")}</li>
        <li>{t("coaching.canSee.sessions")}</li>
        <li>{t("coaching.canSee.activities")}</li>
        <li>{t("coaching.canSee.edit")}</li>
      </ul>
      <p className="muted">{t("coaching.canSee.stop")}</p>
    </section>
  );
}
