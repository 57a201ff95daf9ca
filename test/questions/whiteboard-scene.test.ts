import { describe, expect, it } from "vitest";
import { loadBank } from "../../questions/loader.ts";
import { toPublicQuestion } from "../../questions/public-view.ts";
import { checkScene, parseSceneJson, SCENE_MAX_ELEMENTS } from "../../questions/whiteboard-scene.ts";
import { rubricFiles, writeBank } from "./bank-fixture.ts";

const rect = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: "rectangle",
  x: 10,
  y: 20,
  width: 100,
  height: 60,
  angle: 0,
  strokeColor: "#1e1e1e",
  version: 3,
  isDeleted: false,
  link: null,
  ...extra,
});
const label = (text: string) => ({ id: "t1", type: "text", x: 0, y: 0, width: 50, height: 20, text, originalText: text, fontSize: 20, containerId: null });

describe("whiteboard scene schema", () => {
  it("keeps shapes, arrows and text as drawn", () => {
    const arrow = { id: "a1", type: "arrow", x: 0, y: 0, width: 10, height: 0, points: [[0, 0], [10, 0]], endArrowhead: "arrow" };
    const result = parseSceneJson(JSON.stringify({ type: "excalidraw", elements: [rect("r1"), arrow, label("Feature store")], appState: {} }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scene.elements.map((e) => e.type)).toEqual(["rectangle", "arrow", "text"]);
    expect(result.scene.elements[1].points).toEqual([[0, 0], [10, 0]]);
    expect(result.scene.elements[2].text).toBe("Feature store");
  });

  it("keeps a hostile label as the characters typed", () => {
    const result = checkScene({ elements: [label("<img src=x onerror=alert(1)>")] });
    expect(result.ok && result.scene.elements[0].text).toBe("<img src=x onerror=alert(1)>");
  });

  it("strips whatever names a person: collaborators, appState user fields, customData", () => {
    const result = checkScene({
      elements: [rect("r1", { customData: { author: "Ada Lovelace" } })],
      appState: { viewBackgroundColor: "#fff", collaborators: { x: { username: "Ada Lovelace" } }, name: "Ada's diagram", username: "ada" },
      source: "https://excalidraw.com",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.json).not.toContain("Ada");
    expect(result.json).not.toContain("excalidraw.com");
    expect(result.scene.appState).toEqual({ viewBackgroundColor: "#fff" });
  });

  it("drops deleted elements (undo history nobody sees)", () => {
    const result = checkScene({ elements: [rect("r1"), rect("r2", { isDeleted: true })] });
    expect(result.ok && result.scene.elements.map((e) => e.id)).toEqual(["r1"]);
  });

  it.each([
    ["image", { id: "i1", type: "image", x: 0, y: 0, width: 1, height: 1, fileId: "f" }, /Images are not allowed/],
    ["embeddable", { id: "e1", type: "embeddable", x: 0, y: 0, width: 1, height: 1 }, /Embedded web pages are not allowed/],
    ["link", rect("r1", { link: "https://example.com" }), /Links are not allowed/],
    ["unknown type", { id: "m1", type: "magicframe", x: 0, y: 0, width: 1, height: 1 }, /"magicframe" elements are not allowed/],
    ["non-finite position", rect("r1", { x: "far" }), /x/],
  ])("refuses %s with a clear message", (_name, el, message) => {
    const result = checkScene({ elements: [el] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it("keeps Excalidraw's own fields as it writes them: colours, styles, bindings, groups", () => {
    const box = rect("r1", {
      backgroundColor: "transparent",
      fillStyle: "hachure",
      strokeWidth: 2,
      strokeStyle: "dashed",
      roughness: 1,
      opacity: 100,
      groupIds: ["g1"],
      frameId: null,
      index: "a0",
      roundness: { type: 3 },
      seed: 1968410350,
      versionNonce: 361174001,
      updated: 1765063200000,
      boundElements: [{ id: "a1", type: "arrow" }],
      locked: false,
    });
    const arrow = {
      id: "a1",
      type: "arrow",
      x: 0,
      y: 0,
      width: 10,
      height: 0,
      strokeColor: "red",
      points: [[0, 0], [10, 0]],
      startBinding: { elementId: "r1", focus: 0.1, gap: 4, owner: "Ada" },
      endBinding: null,
      startArrowhead: null,
      endArrowhead: "triangle",
      elbowed: false,
    };
    const text = { ...label("Feature store"), fontFamily: 5, fontSize: 20, textAlign: "center", verticalAlign: "middle", lineHeight: 1.25, autoResize: true };
    const result = checkScene({ elements: [box, arrow, text], appState: { viewBackgroundColor: "#ffffff" } });
    expect(result.ok ? "" : result.error).toBe("");
    if (!result.ok) return;
    expect(result.scene.elements[0]).toMatchObject({ backgroundColor: "transparent", roundness: { type: 3 }, boundElements: [{ id: "a1", type: "arrow" }] });
    // nested objects are rebuilt too: a field Excalidraw does not write there is dropped
    expect(result.scene.elements[1].startBinding).toEqual({ elementId: "r1", focus: 0.1, gap: 4 });
    expect(result.json).not.toContain("Ada");
  });

  it.each([
    ["a colour that fetches", rect("r1", { strokeColor: "url(https://example.com/track.svg#x)" }), /Element 1 of the diagram: strokeColor must be a colour such as #1e1e1e/],
    ["a colour with CSS in it", rect("r1", { backgroundColor: "red;background:url(x)" }), /backgroundColor must be a colour/],
    ["a background colour that fetches", null, /background colour must be a colour/],
    ["an infinite coordinate", rect("r1", { y: Infinity }), /y must be a finite number/],
    ["a number as text", rect("r1", { x: "far" }), /x must be a finite number/],
    ["an opacity over 100", rect("r1", { opacity: 1000 }), /opacity must be a number from 0 to 100/],
    ["a huge stroke", rect("r1", { strokeWidth: 1e9 }), /strokeWidth must be a number from 0 to 100/],
    ["a wild roughness", rect("r1", { roughness: -5 }), /roughness must be a number from 0 to 10/],
    ["a font given by name", { ...label("hi"), fontFamily: "url(https://fonts.example/x.woff2)" }, /fontFamily must be a whole number from 1 to 1000/],
    ["a fractional font", { ...label("hi"), fontFamily: 1.5 }, /fontFamily must be a whole number/],
    ["group ids that are not ids", rect("r1", { groupIds: [{ evil: true }] }), /groupIds must be an id/],
    ["a group id that is an essay", rect("r1", { groupIds: ["g".repeat(5000)] }), /groupIds must be an id of at most 100 characters/],
    ["bound elements that are not elements", rect("r1", { boundElements: ["a1"] }), /boundElements must list elements bound to this one/],
    ["a bound element of another kind", rect("r1", { boundElements: [{ id: "x", type: "image" }] }), /boundElements.type must be one of arrow, text/],
    ["a frame name that is an essay", { id: "f1", type: "frame", x: 0, y: 0, width: 1, height: 1, name: "n".repeat(201) }, /name may hold at most 200 characters/],
    ["an unknown fill", rect("r1", { fillStyle: "pattern(url(x))" }), /fillStyle must be one of hachure, cross-hatch, solid, zigzag/],
    ["an unknown arrowhead", { id: "a1", type: "arrow", x: 0, y: 0, width: 1, height: 1, endArrowhead: "<svg>" }, /endArrowhead must be one of arrow/],
  ])("refuses %s and says which field", (_name, el, message) => {
    const result = el ? checkScene({ elements: [el] }) : checkScene({ elements: [], appState: { viewBackgroundColor: "url(https://example.com/bg.png)" } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it("accepts the colours Excalidraw writes: short and long hex, with alpha, names and transparent", () => {
    for (const colour of ["#fff", "#ffff", "#1e1e1e", "#1e1e1e80", "transparent", "red", "RebeccaPurple"]) {
      expect(checkScene({ elements: [rect("r1", { strokeColor: colour, backgroundColor: colour })] }).ok, colour).toBe(true);
    }
  });

  it("refuses embedded files", () => {
    const result = checkScene({ elements: [], files: { f: { dataURL: "data:image/png;base64,AAAA" } } });
    expect(!result.ok && result.error).toMatch(/Images are not allowed/);
  });

  it(`refuses more than ${SCENE_MAX_ELEMENTS} elements`, () => {
    const many = Array.from({ length: SCENE_MAX_ELEMENTS + 1 }, (_, i) => ({ id: `r${i}`, type: "rectangle", x: 0, y: 0, width: 1, height: 1 }));
    const result = checkScene({ elements: many });
    expect(!result.ok && result.error).toMatch(/at most 5,000 elements/);
    expect(checkScene({ elements: many.slice(1) }).ok).toBe(true);
  });

  it("refuses a scene over 1 MB before reading it, and text that is not JSON", () => {
    const big = JSON.stringify({ elements: [label("x".repeat(4000))], pad: "y".repeat(1024 * 1024) });
    expect(parseSceneJson(big)).toEqual({ ok: false, error: expect.stringMatching(/over 1 MB/) });
    expect(parseSceneJson("{not json")).toEqual({ ok: false, error: expect.stringMatching(/not valid JSON/) });
  });
});

describe("a design question's starting diagram", () => {
  it("is read from diagram.excalidraw, checked, and shown to the candidate", async () => {
    const dir = writeBank({
      ...rubricFiles("ml-system-design/design-it", "design"),
      "ml-system-design/design-it/diagram.excalidraw": JSON.stringify({ type: "excalidraw", version: 2, source: "https://excalidraw.com", elements: [rect("r1")], appState: { viewBackgroundColor: "#ffffff" }, files: {} }),
    });
    const bank = await loadBank(dir);
    expect(bank.problems).toEqual([]);
    const view = toPublicQuestion(bank.questions[0]);
    expect(view.kind === "design" && view.diagram?.elements.map((e) => e.id)).toEqual(["r1"]);
  });

  it("is refused by the check when the app would refuse it", async () => {
    const dir = writeBank({
      ...rubricFiles("ml-system-design/design-it", "design"),
      "ml-system-design/design-it/diagram.excalidraw": JSON.stringify({ elements: [{ id: "i", type: "image", x: 0, y: 0, width: 1, height: 1 }] }),
      ...rubricFiles("final/tell-me", "behavioral"),
      "final/tell-me/diagram.excalidraw": JSON.stringify({ elements: [] }),
    });
    const bank = await loadBank(dir);
    expect(bank.problems.join("\n")).toMatch(/design-it: diagram Images are not allowed/);
    expect(bank.problems.join("\n")).toMatch(/tell-me: diagram.excalidraw is for design questions only/);
  });
});
