import { useEffect, useRef } from "react";
import { listenToDrafts } from "./draft-tap";
import { FLUSH_MS, IntegrityRecorder, SNAPSHOT_MS } from "./recorder";

type Props = { roundId: string; questionId: string; questions: { id: string; kind: string }[] };

const SNAPSHOT_KINDS = new Set(["coding", "design", "behavioral"]);

/**
 * Mounted on the round page of an assessment attempt only (never in practice): observes
 * pastes, focus and the answers' drafts, and sends them in the background. Renders nothing;
 * the start page tells the candidate what is recorded.
 */
export function AttemptRecorder({ roundId, questionId, questions }: Props) {
  const recorder = useRef<IntegrityRecorder | null>(null);
  const kinds = questions
    .filter((q) => SNAPSHOT_KINDS.has(q.kind))
    .map((q) => `${q.id}:${q.kind}`)
    .join(",");

  useEffect(() => {
    const r = new IntegrityRecorder(`/rounds/${roundId}/integrity`, new Map(kinds ? kinds.split(",").map((pair) => pair.split(":") as [string, string]) : []));
    recorder.current = r;
    listenToDrafts((question, serialized) => r.draft(question, serialized));
    const onPaste = (e: ClipboardEvent) => r.paste(e.clipboardData?.getData("text/plain").length ?? 0);
    const onVisibility = () => (document.visibilityState === "hidden" ? r.leave(true) : r.back());
    const onBlur = () => r.leave(false);
    const onPageHide = () => r.leave(true);
    const onFocus = () => r.back();
    // a finish posts right away: send what is queued first, while the attempt is still open
    const onSubmit = () => {
      r.takeSnapshots();
      void r.flush(true);
    };
    document.addEventListener("paste", onPaste, true);
    document.addEventListener("visibilitychange", onVisibility);
    document.addEventListener("submit", onSubmit, true);
    window.addEventListener("blur", onBlur);
    window.addEventListener("focus", onFocus);
    window.addEventListener("pagehide", onPageHide);
    const snapshotTimer = window.setInterval(() => r.takeSnapshots(), SNAPSHOT_MS);
    const flushTimer = window.setInterval(() => void r.flush(), FLUSH_MS);
    return () => {
      listenToDrafts(null);
      document.removeEventListener("paste", onPaste, true);
      document.removeEventListener("visibilitychange", onVisibility);
      document.removeEventListener("submit", onSubmit, true);
      window.removeEventListener("blur", onBlur);
      window.removeEventListener("focus", onFocus);
      window.removeEventListener("pagehide", onPageHide);
      window.clearInterval(snapshotTimer);
      window.clearInterval(flushTimer);
      r.takeSnapshots();
      void r.flush(true);
      recorder.current = null;
    };
  }, [roundId, kinds]);

  useEffect(() => {
    recorder.current?.view(questionId);
  }, [questionId]);

  return null;
}
