import { STAGE_INFO, TRACK_INFO } from "../questions/taxonomy";
// Formatting shared by server and browser; fixed locale so both render the same text.
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatDateTime(value: string | Date): string {
  return `${dateTime.format(new Date(value))} UTC`;
}

/** One name per stage everywhere (questions/taxonomy.ts). */
export const STAGE_LABELS: Record<string, string> = Object.fromEntries(Object.entries(STAGE_INFO).map(([id, info]) => [id, info.label]));

/** One name per track everywhere, the same the practice page offers (questions/taxonomy.ts). */
export const TRACK_LABELS: Record<string, string> = Object.fromEntries(Object.entries(TRACK_INFO).map(([id, info]) => [id, info.label]));

/** One name per question kind everywhere: the round page, the builder, the assessment page. */
export const KIND_LABELS: Record<string, string> = {
  mcq: "Multiple choice",
  numeric: "Numeric",
  short: "Short answer",
  coding: "Coding",
  sql: "SQL",
  design: "System design",
  behavioral: "Behavioural",
};
