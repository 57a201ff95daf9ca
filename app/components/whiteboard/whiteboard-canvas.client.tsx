import { Excalidraw, MainMenu } from "@excalidraw/excalidraw";
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import type { WhiteboardScene } from "../../../questions/whiteboard-scene";

export type CanvasProps = {
  initial: WhiteboardScene;
  readOnly: boolean;
  onChange?: (elements: readonly Record<string, unknown>[], background: string | undefined) => void;
  onApi?: (api: ExcalidrawImperativeAPI) => void;
};

/**
 * Excalidraw itself, set up for an interview: no images, embeds, files, libraries from the web
 * or AI; keys are handled only while the whiteboard has focus, so they never reach the rest of
 * the page (and the page's shortcuts never reach the drawing).
 */
export default function WhiteboardCanvas({ initial, readOnly, onChange, onApi }: CanvasProps) {
  return (
    <Excalidraw
      initialData={{
        elements: initial.elements as never,
        appState: { viewBackgroundColor: initial.appState.viewBackgroundColor ?? "#ffffff" },
        scrollToContent: true,
      }}
      excalidrawAPI={onApi}
      onChange={(elements, appState) => onChange?.(elements as unknown as Record<string, unknown>[], appState.viewBackgroundColor)}
      viewModeEnabled={readOnly}
      handleKeyboardGlobally={false}
      autoFocus={false}
      aiEnabled={false}
      validateEmbeddable={false}
      langCode="en"
      theme="light"
      UIOptions={{
        tools: { image: false },
        canvasActions: { loadScene: false, saveToActiveFile: false, export: false, saveAsImage: false, clearCanvas: false, toggleTheme: null },
      }}
    >
      {/* the default menu links to Excalidraw's social accounts and opens files: neither belongs here */}
      <MainMenu>
        <MainMenu.DefaultItems.ChangeCanvasBackground />
        <MainMenu.DefaultItems.Help />
      </MainMenu>
    </Excalidraw>
  );
}
