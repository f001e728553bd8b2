import { useEffect, useRef, useState } from "react";

/**
 * Seconds left of a countdown that runs while `running` is true; calls `onDone` once at zero. Time is read
 * from the monotonic clock at each tick, so a throttled background tab does not stretch a hold.
 */
export function useCountdown(totalSeconds: number, running: boolean, onDone: () => void): number {
  const [leftSeconds, setLeftSeconds] = useState(totalSeconds);
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    setLeftSeconds(totalSeconds);
    if (!running) return;
    const startedAt = performance.now();
    const timer = window.setInterval(() => {
      const left = Math.max(0, totalSeconds - Math.floor((performance.now() - startedAt) / 1000));
      setLeftSeconds(left);
      if (left === 0) {
        window.clearInterval(timer);
        done.current();
      }
    }, 250);
    return () => {
      window.clearInterval(timer);
    };
  }, [totalSeconds, running]);
  return leftSeconds;
}
