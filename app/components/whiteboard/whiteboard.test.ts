import { describe, expect, it } from "vitest";
import { sameSiteFontSources } from "./excalidraw-assets";
import { sceneFingerprint, sceneLabels, sceneSummary, sceneToSave } from "./scene";

describe("font sources", () => {
  const origin = "http://localhost:3301";
  it("keeps only the sources on this site", () => {
    const src = `url(${origin}/excalidraw/fonts/Excalifont/a.woff2) format('woff2'), url(https://esm.sh/@excalidraw/excalidraw@0.18.1/dist/prod/fonts/Excalifont/a.woff2) format('woff2')`;
    expect(sameSiteFontSources(src, origin)).toBe(`url(${origin}/excalidraw/fonts/Excalifont/a.woff2) format('woff2')`);
  });
  it("leaves a face with no source on this site as it was (it fails visibly rather than silently)", () => {
    const src = "url(https://esm.sh/a.woff2) format('woff2')";
    expect(sameSiteFontSources(src, origin)).toBe(src);
  });
  it("keeps local() and data: sources", () => {
    expect(sameSiteFontSources("local(Arial), url(data:font/woff2;base64,AAAA)", origin)).toBe("local(Arial), url(data:font/woff2;base64,AAAA)");
  });
});

describe("what the editor saves", () => {
  const elements = [
    { id: "r", type: "rectangle", version: 2, link: "https://example.com", customData: { who: "Ada" } },
    { id: "gone", type: "ellipse", version: 5, isDeleted: true },
    { id: "img", type: "image", version: 1 },
    { id: "t", type: "text", version: 1, text: "  Feature\nstore " },
  ];
  it("drops deleted and disallowed elements, links and custom data", () => {
    const scene = sceneToSave(elements, "#fff");
    expect(scene.elements.map((e) => e.id)).toEqual(["r", "t"]);
    expect(scene.elements[0]).not.toHaveProperty("customData");
    expect(scene.elements[0].link).toBeNull();
    expect(scene.appState).toEqual({ viewBackgroundColor: "#fff" });
  });
  it("summarises and lists labels in words", () => {
    const scene = sceneToSave(elements, undefined);
    expect(sceneSummary(scene)).toBe("1 rectangle, 1 label");
    expect(sceneLabels(scene)).toEqual(["Feature store"]);
  });
  it("changes its fingerprint on an edit, a deletion or a new background", () => {
    const base = sceneFingerprint(elements, "#fff");
    expect(sceneFingerprint(elements, "#fff")).toBe(base);
    expect(sceneFingerprint([{ ...elements[0], version: 3 }, ...elements.slice(1)], "#fff")).not.toBe(base);
    expect(sceneFingerprint(elements.slice(1), "#fff")).not.toBe(base);
    expect(sceneFingerprint(elements, "#000")).not.toBe(base);
  });
});
