"use client";

import { useEffect, useRef, useState } from "react";

function format(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * Time left until the server's deadline, corrected for the difference between the server's
 * clock and this device's. It only displays; the server enforces the deadline.
 */
export function Countdown({ deadlineAt, serverNow, onExpire }: { deadlineAt: string; serverNow: string; onExpire: () => void }) {
  const [left, setLeft] = useState<number | null>(null);
  const expired = useRef(false);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);
  useEffect(() => {
    const skew = Date.parse(serverNow) - Date.now();
    const tick = () => {
      const seconds = Math.max(0, Math.ceil((Date.parse(deadlineAt) - (Date.now() + skew)) / 1000));
      setLeft(seconds);
      if (seconds === 0 && !expired.current) {
        expired.current = true;
        expire.current();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [deadlineAt, serverNow]);
  return (
    <span role="timer" aria-label="剩余时间" className={`font-mono text-base tabular-nums ${left !== null && left < 60 ? "text-brand-700" : "text-stone-800"}`}>
      剩余 {left === null ? "--:--" : format(left)}
    </span>
  );
}
