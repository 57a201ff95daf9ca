import { useFetcher } from "@remix-run/react";
import { useCallback, useEffect, useRef } from "react";

export const AUTOSAVE_MS = 3_000;

type SaveResult = { ok: boolean; savedAt?: string; error?: string };

/**
 * Keep a draft on the server: every few seconds while it changes, on blur, and when
 * the tab is hidden or closed (a beacon, which outlives the page).
 */
export function useAutosave(actionUrl: string, questionId: string, fields: Record<string, string | string[]>, enabled: boolean) {
  const fetcher = useFetcher<SaveResult>({ key: `save-${questionId}` });
  const serialized = JSON.stringify(fields);
  const lastSaved = useRef(serialized);
  const latest = useRef(fields);
  latest.current = fields;

  const formData = useCallback(() => {
    const form = new FormData();
    form.set("intent", "save");
    form.set("question", questionId);
    for (const [key, value] of Object.entries(latest.current)) {
      if (Array.isArray(value)) value.forEach((v) => form.append(key, v));
      else form.set(key, value);
    }
    return form;
  }, [questionId]);

  const saveNow = useCallback(() => {
    const current = JSON.stringify(latest.current);
    if (!enabled || current === lastSaved.current) return;
    lastSaved.current = current;
    fetcher.submit(formData(), { method: "post", action: actionUrl });
  }, [enabled, fetcher, formData, actionUrl]);

  useEffect(() => {
    const timer = window.setInterval(saveNow, AUTOSAVE_MS);
    return () => window.clearInterval(timer);
  }, [saveNow]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState !== "hidden" || !enabled) return;
      if (JSON.stringify(latest.current) === lastSaved.current) return;
      lastSaved.current = JSON.stringify(latest.current);
      navigator.sendBeacon(actionUrl, formData());
    };
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", onHide);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", onHide);
    };
  }, [actionUrl, enabled, formData]);

  const dirty = serialized !== lastSaved.current;
  const state = fetcher.state !== "idle" ? "saving" : fetcher.data && !fetcher.data.ok ? "error" : dirty ? "unsaved" : "saved";
  return { saveNow, state, error: fetcher.data && !fetcher.data.ok ? fetcher.data.error : undefined, savedAt: fetcher.data?.savedAt };
}
