import { Suspense, lazy, useEffect, useMemo, useState } from "react";
import type { ComponentType } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Route, Routes } from "react-router";
import { lazyApiCall } from "../api/lazy-api-call.js";
import { HomeRoute } from "../features/today/home-route.js";
import { openLocalStore } from "../offline/local-store.js";
import type { LocalStore } from "../offline/local-store.js";
import { AppProvider } from "./app-provider.js";
import { PageLayout } from "./page-layout.js";
import { SessionGate } from "./session-gate.js";

/** Loads a page's code on first visit, so the first screen carries only what it shows. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const AuthPage = page(() => import("../features/onboarding/auth-page.js"), "AuthPage");
const CheckInPage = page(() => import("../features/onboarding/check-in/check-in-page.js"), "CheckInPage");
const CheckpointPage = page(() => import("../features/today/checkpoint-page.js"), "CheckpointPage");
const RedFlagPage = page(() => import("../features/onboarding/red-flag-page.js"), "RedFlagPage");
const LearnPage = page(() => import("../features/learn/learn-page.js"), "LearnPage");
const ExercisePage = page(() => import("../features/learn/exercise-page.js"), "ExercisePage");
const ProgramPage = page(() => import("../features/program/program-page.js"), "ProgramPage");
const SessionPage = page(() => import("../features/session/session-page.js"), "SessionPage");
const MorningCheckInPage = page(
  () => import("../features/session/morning-check-in-page.js"),
  "MorningCheckInPage",
);
const ProgressPage = page(() => import("../features/progress/progress-page.js"), "ProgressPage");
const StrengthPage = page(() => import("../features/strength/strength-page.js"), "StrengthPage");
const MovementScreenPage = page(
  () => import("../features/movement-screen/movement-screen-page.js"),
  "MovementScreenPage",
);
const DataPage = page(() => import("../features/account/data-page.js"), "DataPage");
const SettingsPage = page(() => import("../features/account/settings-page.js"), "SettingsPage");
const CoachPage = page(() => import("../features/coach/coach-page.js"), "CoachPage");
const ClientPage = page(() => import("../features/coach/client-page.js"), "ClientPage");
const AdminPage = page(() => import("../features/admin/admin-page.js"), "AdminPage");
const ResetPasswordPage = page(
  () => import("../features/account/reset-password-page.js"),
  "ResetPasswordPage",
);
const ForgotPasswordPage = page(
  () => import("../features/account/forgot-password-page.js"),
  "ForgotPasswordPage",
);
const JoinCoachPage = page(() => import("../features/coach/join-coach-page.js"), "JoinCoachPage");
const MyCoachPage = page(() => import("../features/coach/my-coach-page.js"), "MyCoachPage");
const NotFoundPage = page(() => import("./not-found-page.js"), "NotFoundPage");
const CameraTimerPage = page(() => import("../features/strength/camera-timer-page.js"), "CameraTimerPage");
const SharedProgramPage = page(
  () => import("../features/shared-program/shared-program-page.js"),
  "SharedProgramPage",
);

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t("app.loading")}</p>;
}

export function AppRoutes() {
  const [store, setStore] = useState<LocalStore | null>(null);
  useEffect(() => {
    void openLocalStore().then(setStore);
  }, []);
  const call = useMemo(() => lazyApiCall(window.location.origin), []);
  if (store === null) return <Loading />;
  return (
    <AppProvider call={call} store={store}>
      <BrowserRouter>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route element={<PageLayout />}>
              <Route index element={<HomeRoute />} />
              <Route path="sign-up" element={<AuthPage />} />
              <Route path="sign-in" element={<AuthPage />} />
              <Route path="learn" element={<LearnPage />} />
              <Route path="exercises/:exerciseId" element={<ExercisePage />} />
              <Route path="see-a-clinician" element={<RedFlagPage />} />
              <Route path="shared/:token" element={<SharedProgramPage />} />
              <Route path="join" element={<JoinCoachPage />} />
              <Route path="strength/camera-timer" element={<CameraTimerPage />} />
              <Route path="reset-password" element={<ResetPasswordPage />} />
              <Route path="forgot-password" element={<ForgotPasswordPage />} />
              <Route element={<SessionGate />}>
                <Route path="check-in" element={<CheckInPage />} />
                <Route path="check-in/:step" element={<CheckInPage />} />
                <Route path="checkpoint" element={<CheckpointPage />} />
                <Route path="program" element={<ProgramPage />} />
                <Route path="session/:plannedSessionId" element={<SessionPage />} />
                <Route path="morning" element={<MorningCheckInPage />} />
                <Route path="progress" element={<ProgressPage />} />
                <Route path="strength" element={<StrengthPage />} />
                <Route path="screen" element={<MovementScreenPage />} />
                <Route path="data" element={<DataPage />} />
                <Route path="settings" element={<SettingsPage />} />
                <Route path="coach" element={<CoachPage />} />
                <Route path="coach/clients/:clientId" element={<ClientPage />} />
                <Route path="my-coach" element={<MyCoachPage />} />
                <Route path="admin" element={<AdminPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </Suspense>
      </BrowserRouter>
    </AppProvider>
  );
}
