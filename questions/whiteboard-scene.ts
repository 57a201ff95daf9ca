// The whiteboard scene (an Excalidraw drawing) that a design answer carries and a
// question may start from. One schema for both: questions:check validates a
// question's starting diagram with it and the app validates every saved scene with
// it, so a starting diagram can never be one the app would refuse to save.
//
// Only what a diagram needs is accepted: shapes, arrows, lines, freehand strokes,
// text and frames. Embedded images, web embeds and links are refused (a link or an
// image is a way to carry content or tracking from elsewhere into a reviewer's view).
// What is kept is rebuilt from an allowlist, so anything naming a person
// (collaborators, a user name in appState, an element's customData) never gets stored.
import { z } from "zod";

export const SCENE_MAX_BYTES = 1024 * 1024;
export const SCENE_MAX_ELEMENTS = 5_000;
export const SCENE_ELEMENT_TYPES = ["rectangle", "ellipse", "diamond", "arrow", "line", "freedraw", "text", "frame"] as const;
/** Characters one text element may hold: a label, not an essay (that belongs in the text answer). */
export const SCENE_TEXT_MAX_CHARS = 5_000;

const finite = z.number().refine(Number.isFinite, "must be a finite number");
const point = z.tuple([finite, finite]);

// Fields Excalidraw needs to draw an element again exactly; everything else is dropped.
const KEPT_FIELDS = [
  "id",
  "type",
  "x",
  "y",
  "width",
  "height",
  "angle",
  "strokeColor",
  "backgroundColor",
  "fillStyle",
  "strokeWidth",
  "strokeStyle",
  "roughness",
  "opacity",
  "groupIds",
  "frameId",
  "index",
  "roundness",
  "seed",
  "version",
  "versionNonce",
  "updated",
  "boundElements",
  "locked",
  // text
  "text",
  "originalText",
  "fontSize",
  "fontFamily",
  "textAlign",
  "verticalAlign",
  "containerId",
  "lineHeight",
  "autoResize",
  // lines, arrows and freehand
  "points",
  "pressures",
  "simulatePressure",
  "startBinding",
  "endBinding",
  "startArrowhead",
  "endArrowhead",
  "elbowed",
  "fixedSegments",
  "startIsSpecial",
  "endIsSpecial",
  "polygon",
  // frames
  "name",
] as const;

const element = z
  .looseObject({
    id: z.string().min(1).max(100),
    type: z.string(),
    x: finite,
    y: finite,
    width: finite,
    height: finite,
    isDeleted: z.boolean().optional(),
    link: z.string().nullish(),
    text: z.string().max(SCENE_TEXT_MAX_CHARS, `A label may hold at most ${SCENE_TEXT_MAX_CHARS.toLocaleString("en")} characters`).optional(),
    points: z.array(point).max(20_000).optional(),
    fileId: z.unknown().optional(),
  })
  .superRefine((el, ctx) => {
    if (!(SCENE_ELEMENT_TYPES as readonly string[]).includes(el.type)) {
      const what = el.type === "image" ? "Images" : el.type === "embeddable" || el.type === "iframe" ? "Embedded web pages" : `"${el.type.slice(0, 40)}" elements`;
      ctx.addIssue({ code: "custom", path: ["type"], message: `${what} are not allowed on the whiteboard; use shapes, arrows, lines, text and frames` });
    }
    if (el.link) ctx.addIssue({ code: "custom", path: ["link"], message: "Links are not allowed on the whiteboard; write the address as text instead" });
    if (el.fileId != null) ctx.addIssue({ code: "custom", path: ["fileId"], message: "Images are not allowed on the whiteboard" });
  })
  .transform((el) => {
    const kept: Record<string, unknown> = {};
    for (const key of KEPT_FIELDS) if ((el as Record<string, unknown>)[key] !== undefined) kept[key] = (el as Record<string, unknown>)[key];
    kept.link = null;
    return kept;
  });

const sceneInput = z.looseObject({
  elements: z.array(z.unknown()).max(SCENE_MAX_ELEMENTS, `A diagram may hold at most ${SCENE_MAX_ELEMENTS.toLocaleString("en")} elements`),
  appState: z.looseObject({ viewBackgroundColor: z.string().max(40).optional() }).optional(),
  files: z.record(z.string(), z.unknown()).optional(),
});

/** What is stored and what a viewer draws: elements and the background colour, nothing else. */
export type WhiteboardScene = { elements: Record<string, unknown>[]; appState: { viewBackgroundColor?: string } };

export const sceneSchema = sceneInput
  .superRefine((scene, ctx) => {
    if (scene.files && Object.keys(scene.files).length > 0) {
      ctx.addIssue({ code: "custom", path: ["files"], message: "Images are not allowed on the whiteboard" });
    }
  })
  .transform((scene, ctx): WhiteboardScene => {
    const elements: Record<string, unknown>[] = [];
    for (const [i, raw] of scene.elements.entries()) {
      const parsed = element.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        ctx.addIssue({ code: "custom", path: ["elements", i, ...issue.path.map(String)], message: issue.message });
        return z.NEVER;
      }
      // deleted elements are Excalidraw's undo history: nobody sees them, so they are not kept
      if ((raw as { isDeleted?: boolean }).isDeleted) continue;
      elements.push(parsed.data);
    }
    const background = scene.appState?.viewBackgroundColor;
    return { elements, appState: background ? { viewBackgroundColor: background } : {} };
  });

export type SceneCheck = { ok: true; scene: WhiteboardScene; json: string } | { ok: false; error: string };

function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** Checks a scene sent as JSON text: size first (before parsing it), then its shape. */
export function parseSceneJson(json: string): SceneCheck {
  if (byteLength(json) > SCENE_MAX_BYTES) {
    return { ok: false, error: `The diagram is over ${SCENE_MAX_BYTES / 1024 / 1024} MB; remove some elements (freehand strokes are the largest) and try again` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, error: "The diagram could not be read (it is not valid JSON)" };
  }
  return checkScene(raw);
}

/** Checks a scene already parsed (a question's starting diagram, read from YAML or JSON). */
export function checkScene(raw: unknown): SceneCheck {
  const parsed = sceneSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: issue.path.length && issue.code !== "custom" ? `${issue.path.join(".")}: ${issue.message}` : issue.message };
  }
  const json = JSON.stringify(parsed.data);
  if (byteLength(json) > SCENE_MAX_BYTES) return { ok: false, error: `The diagram is over ${SCENE_MAX_BYTES / 1024 / 1024} MB` };
  return { ok: true, scene: parsed.data, json };
}

export const EMPTY_SCENE: WhiteboardScene = { elements: [], appState: {} };
