import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AppRoutes } from "./app/app-routes.js";
import { installDoubleClickGuard } from "./app/double-click-guard.js";
import { setupI18n } from "./i18n/setup-i18n.js";
import { registerServiceWorker } from "./offline/register-service-worker.js";
import "./app/app.css";

async function start(): Promise<void> {
  await setupI18n();
  const root = document.getElementById("root");
  if (root === null) throw new Error("index.html must contain #root");
  installDoubleClickGuard(document);
  createRoot(root).render(
    <StrictMode>
      <AppRoutes />
    </StrictMode>,
  );
  registerServiceWorker();
}

void start();
