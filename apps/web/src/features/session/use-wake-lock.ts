import { useEffect, useState } from "react";

export type WakeLockState = "idle" | "on" | "unavailable";

/**
 * Keeps the screen on while `active`, where the browser offers the Screen Wake Lock API; says when it cannot, so
 * the player can tell the person. The lock is taken again when the page becomes visible, as browsers release it
 * when the tab is hidden.
 */
export function useWakeLock(active: boolean): WakeLockState {
  const [state, setState] = useState<WakeLockState>("idle");
  useEffect(() => {
    if (!active) {
      setState("idle");
      return;
    }
    if (!("wakeLock" in navigator)) {
      setState("unavailable");
      return;
    }
    let sentinel: WakeLockSentinel | null = null;
    let live = true;
    const request = () => {
      navigator.wakeLock.request("screen").then(
        (lock) => {
          if (!live) {
            void lock.release();
            return;
          }
          sentinel = lock;
          setState("on");
        },
        () => {
          if (live) setState("unavailable");
        },
      );
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") request();
    };
    request();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      live = false;
      document.removeEventListener("visibilitychange", onVisible);
      if (sentinel !== null) void sentinel.release();
    };
  }, [active]);
  return state;
}
