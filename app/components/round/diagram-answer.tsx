import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from "react";
import { flushSync } from "react-dom";
import { EMPTY_SCENE, type WhiteboardScene } from "../../../questions/whiteboard-scene";
import type { RoundQuestionView } from "../../rounds/round-view.server";
import { ConfirmDialog } from "../whiteboard/confirm-dialog";
import { sceneFingerprint, sceneLabels, sceneSummary, sceneToSave } from "../whiteboard/scene";
import { WhiteboardEditor } from "../whiteboard/whiteboard-editor";
import { diagramKey, draftFilled, pendingDraft } from "./pending-drafts";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";

/** How often a drawing in progress is turned into the draft that autosave sends. */
const SERIALIZE_MS = 500;

/** What the answer's form needs of its whiteboard when Submit is pressed. */
export type DiagramHandle = {
  /** The drawing as it is now when the candidate changed it in this tab (it may not be saved yet), else null. */
  changedScene(): string | null;
};

/** Whether the answer holds a drawing, as this tab knows it (a draft not saved yet included) or else as saved. */
export function holdsDrawing(view: RoundQuestionView): boolean {
  return draftFilled(diagramKey(view.id)) ?? (view.diagram?.elements.length ?? 0) > 0;
}

/**
 * The whiteboard half of a design answer. It autosaves like the text (every few seconds while
 * it changes, when focus leaves it and when the tab hides) under its own intent, so a large
 * drawing never rides along with every save of the text.
 */
export function DiagramAnswer({
  actionUrl,
  view,
  starting,
  handle,
  onDrawn,
}: {
  actionUrl: string;
  view: RoundQuestionView;
  starting?: WhiteboardScene;
  handle?: Ref<DiagramHandle>;
  /** Told whether something is drawn, each time the candidate's drawing is taken as the draft. */
  onDrawn?: (drawn: boolean) => void;
}) {
  const draftKey = diagramKey(view.id);
  const [initial] = useState<WhiteboardScene>(() => pendingDraft<{ scene: string }>(draftKey)?.scene ? JSON.parse(pendingDraft<{ scene: string }>(draftKey)!.scene) : (view.diagram ?? starting ?? EMPTY_SCENE));
  const [sceneJson, setSceneJson] = useState(() => JSON.stringify(initial));
  const drawn = useRef<{ elements: readonly Record<string, unknown>[]; background?: string; fingerprint: string } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const api = useRef<ExcalidrawImperativeAPI | null>(null);
  const [asking, setAsking] = useState(false);
  // Excalidraw also reports changes nobody made (the scene it was given, text re-measured once
  // its fonts load): only a change after the candidate touched the board is a drawing, so an
  // untouched starting diagram never becomes an answer.
  const touched = useRef(false);
  const latest = useRef(sceneJson);
  // a ref, so a new callback from the parent never re-registers the hide listener below (its order matters)
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;

  const flush = useCallback((sync: boolean) => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const current = drawn.current;
    if (!current) return;
    const scene = sceneToSave(current.elements as never, current.background);
    const next = JSON.stringify(scene);
    latest.current = next;
    if (sync) flushSync(() => setSceneJson(next));
    else setSceneJson(next);
    onDrawnRef.current?.(scene.elements.length > 0);
  }, []);

  useImperativeHandle(
    handle,
    () => ({
      changedScene() {
        if (!touched.current) return null;
        flush(false);
        return latest.current;
      },
    }),
    [flush],
  );

  // Registered before autosave's own listener, so the draft it sends when the tab hides is
  // the drawing as it is now, not as it was at the last half-second tick.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden" && touched.current) flush(true);
    };
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", onHide);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", onHide);
    };
  }, [flush]);

  const autosave = useAutosave(actionUrl, view.id, { scene: sceneJson }, true, { intent: "save-diagram", key: draftKey });

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const onChange = useCallback(
    (elements: readonly Record<string, unknown>[], background: string | undefined) => {
      const fingerprint = sceneFingerprint(elements as never, background);
      if (drawn.current?.fingerprint === fingerprint) return;
      drawn.current = { elements, background, fingerprint };
      if (touched.current && timer.current === undefined) timer.current = window.setTimeout(() => flush(false), SERIALIZE_MS);
    },
    [flush],
  );
  const touch = () => {
    touched.current = true;
  };

  const reset = () => {
    setAsking(false);
    touch();
    const start = starting ?? EMPTY_SCENE;
    api.current?.updateScene({ elements: start.elements as never, appState: { viewBackgroundColor: start.appState.viewBackgroundColor ?? "#ffffff" } });
    api.current?.scrollToContent(undefined, { fitToContent: true });
  };

  return (
    <section
      className="whiteboard"
      aria-labelledby={`whiteboard-${view.id}`}
      onPointerDownCapture={touch}
      onKeyDownCapture={touch}
      onBlur={(event) => {
        // focus left the whiteboard (not a move between its own controls)
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        if (!touched.current) return;
        flush(true);
        autosave.saveNow();
      }}
    >
      <div className="whiteboard-head">
        <h3 id={`whiteboard-${view.id}`}>Whiteboard</h3>
        <p className="hint">
          Draw the architecture: boxes, arrows and labels (double-click a shape to label it). It is saved with your answer as you
          draw; its keyboard shortcuts work only while it has focus.
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
      <DiagramSummary sceneJson={sceneJson} />
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

/** What the canvas holds, in words: a canvas says nothing to a screen reader. */
function DiagramSummary({ sceneJson }: { sceneJson: string }) {
  const scene = useMemo(() => JSON.parse(sceneJson) as WhiteboardScene, [sceneJson]);
  const labels = sceneLabels(scene);
  return (
    <p className="hint" data-testid="diagram-summary">
      {scene.elements.length === 0 ? "The diagram is empty." : `In the diagram: ${sceneSummary(scene)}.`}
      {labels.length ? ` Labels: ${labels.join(" · ")}` : ""}
    </p>
  );
}
