import { SCENE_ELEMENT_TYPES, type WhiteboardScene } from "../../../questions/whiteboard-scene";

type DrawnElement = { type: string; isDeleted?: boolean; version?: number; link?: string | null; customData?: unknown };

const ALLOWED = new Set<string>(SCENE_ELEMENT_TYPES);

/**
 * A cheap fingerprint of what is drawn: Excalidraw calls onChange on every pointer move, and
 * serialising a large scene that often would make drawing stutter. Any edit bumps an
 * element's version; a deletion or an addition changes the count.
 */
export function sceneFingerprint(elements: readonly DrawnElement[], background: string | undefined): string {
  let versions = 0;
  let live = 0;
  for (const el of elements) {
    versions += el.version ?? 0;
    if (!el.isDeleted) live++;
  }
  return `${live}:${versions}:${background ?? ""}`;
}

/**
 * What the server keeps, as the editor has it: live elements of the allowed types, links and
 * custom data left out (the server refuses links and strips the rest anyway; dropping them here
 * keeps a stray pasted image or link from blocking every later save).
 */
export function sceneToSave(elements: readonly DrawnElement[], background: string | undefined): WhiteboardScene {
  const kept = elements
    .filter((el) => !el.isDeleted && ALLOWED.has(el.type))
    .map((el) => {
      const { customData: _customData, ...rest } = el as DrawnElement & Record<string, unknown>;
      return { ...rest, link: null } as Record<string, unknown>;
    });
  return { elements: kept, appState: background ? { viewBackgroundColor: background } : {} };
}

/** The labels a diagram holds, as a text alternative for people who cannot see it. */
export function sceneLabels(scene: WhiteboardScene): string[] {
  return scene.elements
    .filter((el) => el.type === "text" && typeof el.text === "string" && el.text.trim())
    .map((el) => String(el.text).replace(/\s+/g, " ").trim());
}

const NAMES: Record<string, [string, string]> = {
  rectangle: ["rectangle", "rectangles"],
  ellipse: ["ellipse", "ellipses"],
  diamond: ["diamond", "diamonds"],
  arrow: ["arrow", "arrows"],
  line: ["line", "lines"],
  freedraw: ["freehand stroke", "freehand strokes"],
  text: ["label", "labels"],
  frame: ["frame", "frames"],
};

/** "2 rectangles, 1 arrow, 1 label" */
export function sceneSummary(scene: WhiteboardScene): string {
  const counts = new Map<string, number>();
  for (const el of scene.elements) counts.set(String(el.type), (counts.get(String(el.type)) ?? 0) + 1);
  return [...counts]
    .map(([type, n]) => `${n} ${(NAMES[type] ?? [type, type])[n === 1 ? 0 : 1]}`)
    .join(", ");
}
