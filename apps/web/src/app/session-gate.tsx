import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { useAppContext } from "./app-context.js";
import { rememberedMe } from "./remembered-me.js";

/**
 * Pages for signed-in people. The session cookie is HttpOnly, so the app asks the server who is signed in;
 * offline, the last known person is kept (`me` stays set) so the program and session player keep working.
 */
export function SessionGate() {
  const { t } = useTranslation();
  const { call, me, setMe } = useAppContext();
  const location = useLocation();
  const [checked, setChecked] = useState(me !== null);
  useEffect(() => {
    if (me !== null) return;
    void call("getAccount", {}).then((result) => {
      if (result.ok) setMe(result.value);
      else if (result.error.status === 0) setMe(rememberedMe());
      setChecked(true);
    });
  }, [call, me, setMe]);
  if (!checked) return <p role="status">{t("app.loading")}</p>;
  if (me === null) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return <Outlet />;
}
