import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { EMPTY_SCENE, type WhiteboardScene } from "../../../questions/whiteboard-scene";
import type { RoundQuestionView } from "../../rounds/round-view.server";
import { ConfirmDialog } from "../whiteboard/confirm-dialog";
import { sceneFingerprint, sceneToSave } from "../whiteboard/scene";
import { WhiteboardEditor } from "../whiteboard/whiteboard-editor";
import { pendingDraft } from "./pending-drafts";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";

/** How often a drawing in progress is turned into the draft that autosave sends. */
const SERIALIZE_MS = 500;

/**
 * The whiteboard half of a design answer. It autosaves like the text (every few seconds while
 * it changes, when focus leaves it and when the tab hides) under its own intent, so a large
 * drawing never rides along with every save of the text.
 */
export function DiagramAnswer({ actionUrl, view, starting }: { actionUrl: string; view: RoundQuestionView; starting?: WhiteboardScene }) {
  const draftKey = `${view.id}:diagram`;
  const [initial] = useState<WhiteboardScene>(() => pendingDraft<{ scene: string }>(draftKey)?.scene ? JSON.parse(pendingDraft<{ scene: string }>(draftKey)!.scene) : (view.diagram ?? starting ?? EMPTY_SCENE));
  const [sceneJson, setSceneJson] = useState(() => JSON.stringify(initial));
  const drawn = useRef<{ elements: readonly Record<string, unknown>[]; background?: string; fingerprint: string } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const api = useRef<ExcalidrawImperativeAPI | null>(null);
  const [asking, setAsking] = useState(false);
  const saveAfterFlush = useRef(false);

  const flush = useCallback((sync: boolean) => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const current = drawn.current;
    if (!current) return;
    const next = JSON.stringify(sceneToSave(current.elements as never, current.background));
    if (sync) flushSync(() => setSceneJson(next));
    else setSceneJson(next);
  }, []);

  // Registered before autosave's own listener, so the draft it sends when the tab hides is
  // the drawing as it is now, not as it was at the last half-second tick.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") flush(true);
    };
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", onHide);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", onHide);
    };
  }, [flush]);

  const autosave = useAutosave(actionUrl, view.id, { scene: sceneJson }, true, { intent: "save-diagram", key: draftKey });

  useEffect(() => {
    if (!saveAfterFlush.current) return;
    saveAfterFlush.current = false;
    autosave.saveNow();
  }, [sceneJson, autosave]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const onChange = useCallback(
    (elements: readonly Record<string, unknown>[], background: string | undefined) => {
      const fingerprint = sceneFingerprint(elements as never, background);
      if (drawn.current === null && fingerprint === sceneFingerprint(initial.elements as never, initial.appState.viewBackgroundColor)) {
        // Excalidraw reports the scene it was given: nothing drawn yet
        drawn.current = { elements, background, fingerprint };
        return;
      }
      if (drawn.current?.fingerprint === fingerprint) return;
      drawn.current = { elements, background, fingerprint };
      if (timer.current === undefined) timer.current = window.setTimeout(() => flush(false), SERIALIZE_MS);
    },
    [flush, initial],
  );

  const reset = () => {
    setAsking(false);
    const start = starting ?? EMPTY_SCENE;
    api.current?.updateScene({ elements: start.elements as never, appState: { viewBackgroundColor: start.appState.viewBackgroundColor ?? "#ffffff" } });
    api.current?.scrollToContent(undefined, { fitToContent: true });
  };

  return (
    <section
      className="whiteboard"
      aria-labelledby={`whiteboard-${view.id}`}
      onBlur={(event) => {
        // focus left the whiteboard (not a move between its own controls)
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        saveAfterFlush.current = true;
        flush(false);
        if (timer.current === undefined && !drawn.current) autosave.saveNow();
      }}
    >
      <div className="whiteboard-head">
        <h3 id={`whiteboard-${view.id}`}>Whiteboard</h3>
        <p className="hint">
          Draw the architecture: boxes, arrows and labels. Keys act on the drawing only while it has focus; press Esc, then Tab, to
          leave it.
        </p>
      </div>
      <WhiteboardEditor
        label="Whiteboard: your diagram"
        initial={initial}
        readOnly={false}
        onChange={onChange}
        onApi={(a) => {
          api.current = a;
        }}
      />
      <div className="answer-actions">
        <button type="button" className="secondary" onClick={() => setAsking(true)}>
          Reset diagram
        </button>
        <SaveStatus state={autosave.state} error={autosave.error} savedAt={autosave.savedAt ?? (view.diagram ? view.savedAt : null)} recovered={autosave.recovered} />
      </div>
      <ConfirmDialog
        open={asking}
        title="Reset the diagram?"
        confirmLabel="Yes, reset the diagram"
        cancelLabel="Keep my diagram"
        onConfirm={reset}
        onCancel={() => setAsking(false)}
      >
        <p>{starting ? "Your drawing is replaced by the question's starting diagram." : "Your drawing is cleared."} This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}
