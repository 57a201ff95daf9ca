import { useFetcher } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { isUnreachable, retryDelayMs, type Unreachable } from "../../rounds/unreachable";
import { noteDraft } from "../integrity/draft-tap";
import { confirmDraft, hasPendingDraft, rememberDraft } from "./pending-drafts";

export const AUTOSAVE_MS = 3_000;

type SaveResult = { ok: true; savedAt?: string } | { ok: false; error?: string } | Unreachable;

export type AutosaveState = "saving" | "saved" | "unsaved" | "error" | "offline";

/**
 * Keep a draft on the server: every few seconds while it changes, on blur, and when
 * the tab is hidden or closed (a beacon, which outlives the page). A save that gets no
 * answer is retried with backoff until the server is back; the draft stays on screen.
 */
export function useAutosave(
  actionUrl: string,
  questionId: string,
  fields: Record<string, string | string[]>,
  enabled: boolean,
  // a second draft of the same question (the whiteboard) saves under its own intent and key
  part: { intent: string; key: string } = { intent: "save", key: questionId },
) {
  const draftKey = part.key;
  const fetcher = useFetcher<SaveResult>({ key: `save-${draftKey}` });
  const serialized = JSON.stringify(fields);
  // null: what the server holds is not what is on screen (a draft from before a remount)
  const lastSaved = useRef<string | null>(hasPendingDraft(draftKey) ? null : serialized);
  const sent = useRef<string | null>(null);
  const latest = useRef(fields);
  latest.current = fields;
  const [failures, setFailures] = useState(0);
  const [recovered, setRecovered] = useState(false);
  const retryTimer = useRef<number | undefined>(undefined);

  const formData = useCallback(() => {
    const form = new FormData();
    form.set("intent", part.intent);
    form.set("question", questionId);
    for (const [key, value] of Object.entries(latest.current)) {
      if (Array.isArray(value)) value.forEach((v) => form.append(key, v));
      else form.set(key, value);
    }
    return form;
  }, [questionId, part.intent]);

  const send = useCallback(() => {
    const current = JSON.stringify(latest.current);
    lastSaved.current = current;
    sent.current = current;
    // "back online" is news for the first save after an outage only
    setRecovered(false);
    fetcher.submit(formData(), { method: "post", action: actionUrl });
  }, [fetcher, formData, actionUrl]);

  const saveNow = useCallback(() => {
    // while retrying, the retry timer decides when to try again
    if (!enabled || retryTimer.current !== undefined || JSON.stringify(latest.current) === lastSaved.current) return;
    send();
  }, [enabled, send]);

  useEffect(() => {
    if (serialized !== lastSaved.current) rememberDraft(draftKey, serialized);
  }, [draftKey, serialized]);
  // an assessment attempt's edit history of the text or code (no-op unless its recorder is mounted)
  useEffect(() => {
    if (draftKey === questionId) noteDraft(questionId, serialized);
  }, [draftKey, questionId, serialized]);

  // the answer to the last save
  const result = fetcher.state === "idle" ? fetcher.data : undefined;
  useEffect(() => {
    if (!result) return;
    if (result.ok) {
      if (sent.current !== null) confirmDraft(draftKey, sent.current);
      setFailures((n) => {
        if (n > 0) setRecovered(true);
        return 0;
      });
    } else if (isUnreachable(result)) {
      lastSaved.current = null;
      setFailures((n) => n + 1);
      setRecovered(false);
    }
  }, [result, draftKey]);

  useEffect(() => {
    if (failures === 0) return;
    const retry = () => {
      window.clearTimeout(retryTimer.current);
      retryTimer.current = undefined;
      send();
    };
    retryTimer.current = window.setTimeout(retry, retryDelayMs(failures));
    // the browser knows the network is back: no need to wait for the timer
    window.addEventListener("online", retry);
    return () => {
      window.clearTimeout(retryTimer.current);
      retryTimer.current = undefined;
      window.removeEventListener("online", retry);
    };
  }, [failures, send]);

  useEffect(() => {
    const timer = window.setInterval(saveNow, AUTOSAVE_MS);
    return () => window.clearInterval(timer);
  }, [saveNow]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState !== "hidden" || !enabled) return;
      if (JSON.stringify(latest.current) === lastSaved.current) return;
      lastSaved.current = JSON.stringify(latest.current);
      // a beacon carries at most 64 KB (a large drawing does not fit): then an ordinary save,
      // which a hidden tab still completes
      if (!navigator.sendBeacon(actionUrl, formData())) send();
    };
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", onHide);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", onHide);
    };
  }, [actionUrl, enabled, formData, send]);

  const dirty = serialized !== lastSaved.current;
  const state: AutosaveState =
    failures > 0
      ? "offline"
      : fetcher.state !== "idle"
        ? "saving"
        : fetcher.data && !fetcher.data.ok
          ? "error"
          : dirty
            ? "unsaved"
            : "saved";
  const error = fetcher.data && !fetcher.data.ok ? fetcher.data.error : undefined;
  const savedAt = fetcher.data?.ok ? fetcher.data.savedAt : undefined;
  return { saveNow, state, error, savedAt, recovered: recovered && state === "saved" };
}
