import type { Purpose } from "./combine";

// Shared by server and browser (a *.server module is stripped from the browser bundle).
export const PURPOSE_LABELS: Record<Purpose, string> = { initial: "Review", adjudication: "Adjudication", regrade: "Regrade" };
