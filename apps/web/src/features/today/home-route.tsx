import { lazy } from "react";
import { Navigate } from "react-router";
import { useAppContext } from "../../app/app-context.js";
import { SessionGate } from "../../app/session-gate.js";
import { HomePage } from "../onboarding/home-page.js";

const TodayPage = lazy(async () => ({ default: (await import("./today-page.js")).TodayPage }));

/**
 * The home address: what HipCheck is, for visitors; Today, for a person signed in on this device (checked with
 * the server, which may say the sign-in has ended: the page then becomes the visitors' one). Coaches have their own
 * home.
 */
export function HomeRoute() {
  const { me } = useAppContext();
  if (me === null) return <HomePage />;
  if (me.role === "coach") return <Navigate to="/coach" replace />;
  return (
    <SessionGate>
      <TodayPage />
    </SessionGate>
  );
}
