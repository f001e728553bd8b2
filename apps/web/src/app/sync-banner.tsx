import { useTranslation } from "react-i18next";
import { useAppContext } from "./app-context.js";

/** Says when the device is offline and how many entries wait to be sent; silent otherwise. */
export function SyncBanner() {
  const { t } = useTranslation();
  const { sync } = useAppContext();
  if (sync.online && sync.pending === 0) return null;
  return (
    <div className="banner" role="status" data-testid="sync-banner">
      {!sync.online && <span>{t("app.offline")} </span>}
      {sync.pending > 0 && (
        <span data-testid="pending-count">{t("app.pendingSync", { count: sync.pending })}</span>
      )}
    </div>
  );
}
