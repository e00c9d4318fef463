"use client";

import { useEffect } from "react";

const PING_SECONDS = 30;

/**
 * Reports reading time while the page is visible, every 30 seconds and when the reader
 * leaves, after a report of 0 seconds whenever the page starts being visible (the server
 * measures the next report's time from it). The server decides how much of it to believe.
 */
export function ReadingTimer({
  moduleId,
  record,
}: {
  moduleId: string;
  record: (input: { moduleId: string; seconds: number }) => Promise<void>;
}) {
  useEffect(() => {
    let visibleSince: number | null = null;
    const start = () => {
      visibleSince = Date.now();
      record({ moduleId, seconds: 0 }).catch(() => undefined);
    };
    if (document.visibilityState === "visible") start();
    const flush = () => {
      if (visibleSince === null) return;
      const seconds = Math.floor((Date.now() - visibleSince) / 1000);
      visibleSince = document.visibilityState === "visible" ? Date.now() : null;
      if (seconds > 0) record({ moduleId, seconds }).catch(() => undefined);
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible") start();
      else flush();
    };
    const timer = window.setInterval(flush, PING_SECONDS * 1000);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      flush();
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [moduleId, record]);
  return null;
}
