import { registerSW } from "virtual:pwa-register";

/** Installs the service worker that precaches the app shell, so the session player opens without a network. */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  void registerSW({ immediate: true });
}
