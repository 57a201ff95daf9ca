// What a candidate's page may see. Built field by field from an allowlist —
// never by copying the question and deleting secrets — so a field added to a
// schema later stays hidden until someone decides it is public.
import type { Question } from "./schema.ts";
import type { WhiteboardScene } from "./whiteboard-scene.ts";
import type { Difficulty, Language, Stage, Track } from "./taxonomy.ts";

interface PublicBase {
  id: string;
  title: string;
  stage: Stage;
  tracks: Track[];
  skills: string[];
  difficulty: Difficulty;
  minutes: number;
  /** Markdown, may contain code blocks and $…$ / $$…$$ math. */
  prompt: string;
}

export type PublicQuestion =
  | (PublicBase & { kind: "mcq"; options: { id: string; text: string }[]; multiple: boolean })
  | (PublicBase & { kind: "numeric"; unit?: string })
  | (PublicBase & { kind: "short"; hint?: string })
  | (PublicBase & {
      kind: "coding";
      languages: Language[];
      code: Partial<Record<Language, { starter: string; entry: string }>>;
      examples: PublicExample[];
    })
  | (PublicBase & {
      kind: "sql";
      starter: string;
      tables: { name: string; columns: { name: string; type: string; note?: string }[]; note?: string }[];
      /** The visible datasets: sample rows per table, and what the reference query returns on them. */
      samples: { note?: string; rows: Record<string, unknown[][]>; expected: { columns: string[]; rows: unknown[][] } }[];
      ordered: boolean;
      columnNames: boolean;
    })
  | (PublicBase & { kind: "design"; rubric: { title: string; points: number }[]; diagram?: WhiteboardScene })
  | (PublicBase & { kind: "behavioral"; rubric: { title: string; points: number }[] });

/** A public example: a call and its value or expected error, or a stateful sequence of calls. */
export type PublicExample = {
  args: unknown[];
  expected?: unknown;
  raises?: string;
  throws?: string;
  message?: string;
  calls?: { method: string; args: unknown[]; expected?: unknown; raises?: string; throws?: string; message?: string }[];
  note?: string;
};

function publicExample(e: Extract<Question, { kind: "coding" }>["examples"][number]): PublicExample {
  const out: PublicExample = { args: e.args };
  if (e.expected !== undefined) out.expected = e.expected;
  for (const key of ["raises", "throws", "message", "note"] as const) if (e[key] !== undefined) out[key] = e[key];
  if (e.calls) out.calls = e.calls.map((c) => ({ ...c }));
  return out;
}

export function toPublicQuestion(q: Question): PublicQuestion {
  const base: PublicBase = {
    id: q.id,
    title: q.title,
    stage: q.stage,
    tracks: [...q.tracks],
    skills: [...q.skills],
    difficulty: q.difficulty,
    minutes: q.minutes,
    prompt: q.prompt,
  };
  switch (q.kind) {
    case "mcq":
      return { ...base, kind: "mcq", options: q.options.map((o) => ({ id: o.id, text: o.text })), multiple: q.multiple };
    case "numeric":
      return q.unit === undefined ? { ...base, kind: "numeric" } : { ...base, kind: "numeric", unit: q.unit };
    case "short":
      return q.hint === undefined ? { ...base, kind: "short" } : { ...base, kind: "short", hint: q.hint };
    case "coding": {
      const code: Partial<Record<Language, { starter: string; entry: string }>> = {};
      for (const lang of q.languages) code[lang] = { starter: q.starter[lang]!, entry: q.entry[lang]! };
      return {
        ...base,
        kind: "coding",
        languages: [...q.languages],
        code,
        examples: q.examples.map(publicExample),
      };
    }
    case "sql": {
      if (!q.expected) throw new Error(`${q.id}: expected results were not computed (load it through loadBank)`);
      const expected = q.expected.examples;
      return {
        ...base,
        kind: "sql",
        starter: q.starter,
        tables: q.tables.map((t) => ({ ...t, columns: t.columns.map((c) => ({ ...c })) })),
        samples: q.examples.map((d, i) => ({ ...(d.note === undefined ? {} : { note: d.note }), rows: d.rows, expected: expected[i] })),
        ordered: q.compare.ordered ?? false,
        columnNames: q.compare.columnNames ?? false,
      };
    }
    case "design": {
      const rubric = q.rubric.map((c) => ({ title: c.title, points: c.points }));
      // the starting whiteboard is part of the prompt: the candidate draws on it
      return q.diagram ? { ...base, kind: "design", rubric, diagram: q.diagram } : { ...base, kind: "design", rubric };
    }
    case "behavioral":
      return { ...base, kind: q.kind, rubric: q.rubric.map((c) => ({ title: c.title, points: c.points })) };
  }
}
