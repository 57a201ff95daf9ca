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

/** The longest id Excalidraw makes is 21 characters; anything near this is not one of its ids. */
const ID_MAX_CHARS = 100;

// Every kept field is checked for its type and range, not only its name: the stored scene is
// drawn again as SVG for a reviewer, so a "colour" like url(https://…) would be a request to
// another host, and a huge or non-finite number breaks the drawing for whoever opens it.
// Each message names the field, so a refused save says what to fix.
const num = (field: string, range?: { min: number; max: number; int?: boolean }) => {
  const what = range ? `a${range.int ? " whole" : ""} number from ${range.min} to ${range.max}` : "a finite number";
  const message = `${field} must be ${what}`;
  let schema = z.number({ error: message });
  if (range?.int) schema = schema.int({ error: message });
  return range ? schema.min(range.min, { error: message }).max(range.max, { error: message }) : schema;
};
const finiteNumber = (field: string) => num(field);
const text = (field: string, max: number) => z.string({ error: `${field} must be text` }).max(max, { error: `${field} may hold at most ${max.toLocaleString("en")} characters` });
const id = (field: string) => z.string({ error: `${field} must be an id` }).min(1, { error: `${field} must be an id` }).max(ID_MAX_CHARS, { error: `${field} must be an id of at most ${ID_MAX_CHARS} characters` });
const bool = (field: string) => z.boolean({ error: `${field} must be true or false` });
const oneOf = <T extends readonly [string, ...string[]]>(field: string, values: T) => z.enum(values, { error: `${field} must be one of ${values.join(", ")}` });
const point = (field: string) => z.tuple([finiteNumber(field), finiteNumber(field)], { error: `${field} must be a pair of finite numbers` });
const list = <T extends z.ZodType>(field: string, item: T, max: number) =>
  z.array(item, { error: `${field} must be a list` }).max(max, { error: `${field} may hold at most ${max.toLocaleString("en")} entries` });

/** #rgb, #rgba, #rrggbb, #rrggbbaa, "transparent" or a CSS colour name: nothing a renderer could fetch or run. */
export const SCENE_COLOUR = /^(?:#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|[a-z]{3,30})$/i;
const colour = (field: string) =>
  z.string({ error: `${field} must be a colour` }).regex(SCENE_COLOUR, { error: `${field} must be a colour such as #1e1e1e, a colour name or "transparent"` });

const ARROWHEADS = ["arrow", "bar", "dot", "circle", "circle_outline", "triangle", "triangle_outline", "diamond", "diamond_outline", "crowfoot_one", "crowfoot_many", "crowfoot_one_or_many"] as const;
// Nested objects are plain (not loose) objects: fields they do not name are dropped.
const binding = (field: string) =>
  z
    .object(
      {
        elementId: id(`${field}.elementId`),
        focus: finiteNumber(`${field}.focus`).optional(),
        gap: finiteNumber(`${field}.gap`).optional(),
        fixedPoint: point(`${field}.fixedPoint`).nullish(),
      },
      { error: `${field} must be a binding to another element` },
    )
    .nullish();
const arrowhead = (field: string) => oneOf(field, ARROWHEADS).nullish();

// Fields Excalidraw needs to draw an element again exactly, with their types; everything else is dropped.
const KEPT = {
  id: id("id"),
  type: z.string({ error: "type must be text" }),
  x: finiteNumber("x"),
  y: finiteNumber("y"),
  width: finiteNumber("width"),
  height: finiteNumber("height"),
  angle: finiteNumber("angle").optional(),
  strokeColor: colour("strokeColor").optional(),
  backgroundColor: colour("backgroundColor").optional(),
  fillStyle: oneOf("fillStyle", ["hachure", "cross-hatch", "solid", "zigzag"]).optional(),
  strokeWidth: num("strokeWidth", { min: 0, max: 100 }).optional(),
  strokeStyle: oneOf("strokeStyle", ["solid", "dashed", "dotted"]).optional(),
  roughness: num("roughness", { min: 0, max: 10 }).optional(),
  opacity: num("opacity", { min: 0, max: 100 }).optional(),
  groupIds: list("groupIds", id("groupIds"), 100).optional(),
  frameId: id("frameId").nullish(),
  index: id("index").nullish(),
  roundness: z
    .object({ type: num("roundness.type", { min: 1, max: 3, int: true }), value: finiteNumber("roundness.value").optional() }, { error: "roundness must be a rounding style" })
    .nullish(),
  seed: finiteNumber("seed").optional(),
  version: finiteNumber("version").optional(),
  versionNonce: finiteNumber("versionNonce").optional(),
  updated: finiteNumber("updated").optional(),
  boundElements: list("boundElements", z.object({ id: id("boundElements.id"), type: oneOf("boundElements.type", ["arrow", "text"]) }, { error: "boundElements must list elements bound to this one" }), 1_000).nullish(),
  locked: bool("locked").optional(),
  // text
  text: z.string({ error: "text must be text" }).max(SCENE_TEXT_MAX_CHARS, `A label may hold at most ${SCENE_TEXT_MAX_CHARS.toLocaleString("en")} characters`).optional(),
  originalText: text("originalText", SCENE_TEXT_MAX_CHARS).optional(),
  fontSize: num("fontSize", { min: 1, max: 1_000 }).optional(),
  // Excalidraw's fonts are numbered (Virgil 1 … Liberation Sans 9, fallbacks up to 1000): never a font name or address
  fontFamily: num("fontFamily", { min: 1, max: 1_000, int: true }).optional(),
  textAlign: oneOf("textAlign", ["left", "center", "right"]).optional(),
  verticalAlign: oneOf("verticalAlign", ["top", "middle", "bottom"]).optional(),
  containerId: id("containerId").nullish(),
  lineHeight: num("lineHeight", { min: 0.1, max: 10 }).optional(),
  autoResize: bool("autoResize").optional(),
  // lines, arrows and freehand
  points: list("points", point("points"), 20_000).optional(),
  pressures: list("pressures", num("pressures", { min: 0, max: 1 }), 20_000).optional(),
  simulatePressure: bool("simulatePressure").optional(),
  startBinding: binding("startBinding"),
  endBinding: binding("endBinding"),
  startArrowhead: arrowhead("startArrowhead"),
  endArrowhead: arrowhead("endArrowhead"),
  elbowed: bool("elbowed").optional(),
  fixedSegments: list(
    "fixedSegments",
    z.object({ start: point("fixedSegments.start"), end: point("fixedSegments.end"), index: num("fixedSegments.index", { min: 0, max: 20_000, int: true }) }, { error: "fixedSegments must list segments" }),
    1_000,
  ).nullish(),
  startIsSpecial: bool("startIsSpecial").nullish(),
  endIsSpecial: bool("endIsSpecial").nullish(),
  polygon: bool("polygon").optional(),
  // frames
  name: text("name", 200).nullish(),
};
const KEPT_FIELDS = Object.keys(KEPT) as (keyof typeof KEPT)[];

const element = z
  .looseObject({
    ...KEPT,
    isDeleted: z.boolean().optional(),
    link: z.string().nullish(),
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
  appState: z.looseObject({ viewBackgroundColor: colour("The background colour").optional() }).optional(),
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
        // the allow-list's own refusals say enough; a bad field also says which element holds it
        const message = issue.code === "custom" ? issue.message : `Element ${i + 1} of the diagram: ${issue.message}`;
        ctx.addIssue({ code: "custom", path: ["elements", i, ...issue.path.map(String)], message });
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
