import { useEffect, useState } from "react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { useAppContext } from "./app-context.js";
import { rememberMe } from "./remembered-me.js";

/**
 * Pages for signed-in people. The session cookie is HttpOnly, so the app asks the server who is signed in.
 * Offline, the person last seen on this device stays signed in, so the program and the session player keep
 * working; a server that says the sign-in has ended sends the person to the sign-in page. Wraps its `children`
 * (the home address's Today) or, as a layout route, the pages below it.
 */
export function SessionGate({ children }: { readonly children?: ReactNode }) {
  const { t } = useTranslation();
  const { call, me, setMe, deviceReady } = useAppContext();
  const location = useLocation();
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    void call("getAccount", {}).then((result) => {
      if (result.ok) {
        setMe(result.value);
        rememberMe(result.value);
      } else if (result.error.status !== 0) {
        setMe(null);
        rememberMe(null);
      }
      setChecked(true);
    });
  }, [call, setMe]);
  if (!checked && me === null) return <p role="status">{t("app.loading")}</p>;
  if (me === null) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  // Nothing of the device's copy is shown before it is known to be this account's.
  if (!deviceReady) return <p role="status">{t("app.loading")}</p>;
  return children ?? <Outlet />;
}
