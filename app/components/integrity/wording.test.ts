import fs from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildTimeline } from "../../assessments/integrity-timeline";
import { AttemptSignals } from "./attempt-signals";
import { RecordedSignals } from "./recorded-signals";

// Signals are observations for a person to weigh; the interface never labels anyone.
const FORBIDDEN = /cheat|suspicious|suspect|dishonest|fraudulent/i;

const FILES = [
  "app/components/integrity",
  "app/assessments/integrity-events.ts",
  "app/assessments/integrity-timeline.ts",
  "app/assessments/integrity.server.ts",
  "app/assessments/similarity.server.ts",
  "app/assessments/winnowing.ts",
  "app/routes/assessments.$assessmentId_.similarity.tsx",
  "app/routes/assessments.$assessmentId_.results.$inviteId.tsx",
  "app/routes/invite.$token.tsx",
  "app/routes/rounds.$roundId.integrity.ts",
];

function sources(): { file: string; text: string }[] {
  return FILES.flatMap((entry) => {
    const stat = fs.statSync(entry);
    const files = stat.isDirectory() ? fs.readdirSync(entry).filter((f) => !f.endsWith(".test.ts")).map((f) => path.join(entry, f)) : [entry];
    return files.map((file) => ({ file, text: fs.readFileSync(file, "utf8") }));
  });
}

describe("wording of the integrity signals", () => {
  it("no source of these pages uses a word that judges the candidate", () => {
    const offending = sources().filter((s) => FORBIDDEN.test(s.text)).map((s) => `${s.file}: ${s.text.match(FORBIDDEN)![0]}`);
    expect(offending).toEqual([]);
  });

  it("the rendered timeline says what was observed, with sizes and durations", () => {
    const at = Date.UTC(2026, 11, 6, 12, 0, 0);
    const timeline = buildTimeline({
      startedAt: at,
      endedAt: at + 30 * 60_000,
      questions: [{ id: "q1", position: 1, title: "Brackets", kind: "coding" }],
      events: [
        { type: "view", at, question: "q1", chars: null },
        { type: "paste", at: at + 4 * 60_000, question: "q1", chars: 1240 },
        { type: "away", at: at + 5 * 60_000, question: "q1", chars: null },
        { type: "back", at: at + 5 * 60_000 + 190_000, question: "q1", chars: null, durationMs: 190_000 },
      ],
    });
    const playbacks = [
      { questionId: "q1", position: 1, title: "Brackets", kind: "coding", language: "python", frames: [{ at: null, code: "", label: "Empty" }, { at: null, code: "def f(): pass", label: "Graded version" }] },
    ];
    const html = renderToStaticMarkup(createElement(AttemptSignals, { timeline, playbacks, recorded: true, similarityHref: "/x" }));
    const text = html.replace(/<[^>]+>/g, " ");
    expect(text).toContain("Pasted 1,240 characters at 12:04:00 UTC");
    expect(text).toContain("Away for 3 min 10 s");
    expect(html).toMatch(/<label for="playback-q1-range">Point in the history of answer 1<\/label>/);
    expect(html).toContain('type="range"');
    const start = renderToStaticMarkup(createElement(RecordedSignals));
    for (const rendered of [text, start]) expect(rendered).not.toMatch(FORBIDDEN);
  });
});
