// What a candidate's page may see. Built field by field from an allowlist —
// never by copying the question and deleting secrets — so a field added to a
// schema later stays hidden until someone decides it is public.
import type { Question } from "./schema.ts";
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
      examples: { args: unknown[]; expected: unknown; note?: string }[];
    })
  | (PublicBase & { kind: "design" | "behavioral"; rubric: { title: string; points: number }[] });

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
        examples: q.examples.map((e) => (e.note === undefined ? { args: e.args, expected: e.expected } : { args: e.args, expected: e.expected, note: e.note })),
      };
    }
    case "design":
    case "behavioral":
      return { ...base, kind: q.kind, rubric: q.rubric.map((c) => ({ title: c.title, points: c.points })) };
  }
}
