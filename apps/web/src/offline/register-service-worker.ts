import { registerSW } from "virtual:pwa-register";
import { startAppUpdateWatch } from "./app-update.js";

/**
 * Installs the service worker that precaches the app shell, so the session player opens without a network. A new
 * version it installs later opens with the next page, never under the person (app-update.ts, decision 0923).
 */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  const update = startAppUpdateWatch(window);
  void registerSW({ immediate: true, onNeedReload: update.installed });
}
