import { describe, expect, it } from "vitest";
import { STAGE_INFO, STAGES, TRACK_INFO, TRACKS } from "../questions/taxonomy";
import { STAGE_LABELS, TRACK_LABELS } from "./format";

describe("one name per concept", () => {
  it("tracks are called what the practice page calls them", () => {
    for (const t of TRACKS) expect(TRACK_LABELS[t]).toBe(TRACK_INFO[t].label);
  });

  it("stages are called what the taxonomy calls them", () => {
    for (const s of STAGES) expect(STAGE_LABELS[s]).toBe(STAGE_INFO[s].label);
  });
});
