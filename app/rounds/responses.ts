import { z } from "zod";
import { LANGUAGES } from "../../questions/taxonomy";

// What a candidate may send for each kind of question. Shared by the round page's
// forms (limits shown to the user) and the services (the check that counts).
export const CODE_MAX_BYTES = 100 * 1024;
export const TEXT_MAX_CHARS = 30_000;
export const SHORT_MAX_CHARS = 500;
/** The arguments a candidate types for "Run on your own arguments", as JSON. */
export const CUSTOM_ARGS_MAX_CHARS = 10_000;

const bytes = (max: number, what: string) =>
  z.string().refine((s) => Buffer.byteLength(s, "utf8") <= max, `${what} is over ${Math.round(max / 1024)} KB; shorten it and try again`);

export const responseSchemas = {
  mcq: z.object({
    choices: z.array(z.string().min(1).max(40)).max(26, "Too many choices").default([]),
  }),
  numeric: z.object({ value: z.string().trim().max(60, "Enter a number of at most 60 characters").default("") }),
  short: z.object({ text: z.string().max(SHORT_MAX_CHARS, `Answer in at most ${SHORT_MAX_CHARS} characters`).default("") }),
  coding: z.object({ language: z.enum(LANGUAGES, { error: "Pick one of the offered languages" }), code: bytes(CODE_MAX_BYTES, "Your code") }),
  sql: z.object({ language: z.literal("sql", { error: "SQL questions are answered in SQL" }).default("sql"), code: bytes(CODE_MAX_BYTES, "Your query") }),
  design: z.object({ text: z.string().max(TEXT_MAX_CHARS, `Answer in at most ${TEXT_MAX_CHARS.toLocaleString("en")} characters`).default("") }),
  behavioral: z.object({
    text: z.string().max(TEXT_MAX_CHARS, `Answer in at most ${TEXT_MAX_CHARS.toLocaleString("en")} characters`).default(""),
  }),
} as const;

export type QuestionKind = keyof typeof responseSchemas;
export type ResponseFor<K extends QuestionKind> = z.infer<(typeof responseSchemas)[K]>;
export type AnyResponse = { [K in QuestionKind]: ResponseFor<K> }[QuestionKind];

/** True when a response holds nothing worth grading (an untouched question). */
export function isBlank(kind: QuestionKind, response: Record<string, unknown>): boolean {
  switch (kind) {
    case "mcq":
      return !Array.isArray(response.choices) || response.choices.length === 0;
    case "numeric":
      return !String(response.value ?? "").trim();
    case "coding":
    case "sql":
      return !String(response.code ?? "").trim();
    default:
      return !String(response.text ?? "").trim();
  }
}

export function wordCount(text: string): number {
  return text.trim() ? text.trim().split(/\s+/).length : 0;
}
