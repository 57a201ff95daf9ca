import { describe, expect, it } from "vitest";
import { safeRedirect } from "./forms";

describe("safeRedirect", () => {
  it("keeps paths on this site", () => {
    expect(safeRedirect("/practice?q=2#top", "/")).toBe("/practice?q=2#top");
  });

  it("refuses anything that could leave the site", () => {
    for (const to of ["https://evil.example", "//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "evil", "", null]) {
      expect(safeRedirect(to, "/home"), String(to)).toBe("/home");
    }
  });
});
