import { useTranslation } from "react-i18next";
import { useAppContext } from "./app-context.js";

/**
 * Says when the device is offline and how many entries wait to be sent; silent otherwise. Entries the server refused
 * do not wait: they are listed under "Not saved" (decision 0582).
 */
export function SyncBanner() {
  const { t } = useTranslation();
  const { sync } = useAppContext();
  const waiting = sync.pending - sync.refused;
  if (sync.online && waiting === 0) return null;
  return (
    <div className="banner" role="status" data-testid="sync-banner">
      {!sync.online && <span>{t("app.offline")} </span>}
      {waiting > 0 && <span data-testid="pending-count">{t("app.pendingSync", { count: waiting })}</span>}
    </div>
  );
}
