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
