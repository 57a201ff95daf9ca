// Formatting shared by server and browser; fixed locale so both render the same text.
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatDateTime(value: string | Date): string {
  return `${dateTime.format(new Date(value))} UTC`;
}

export const STAGE_LABELS: Record<string, string> = {
  screening: "Screening",
  coding: "Coding",
  "ml-technical": "ML technical",
  "ml-system-design": "ML system design",
  practical: "Practical",
  final: "Final",
};

export const TRACK_LABELS: Record<string, string> = { junior: "Junior", mid: "Mid", senior: "Senior", staff: "Staff" };
