// The normal form a short answer and each accepted answer are compared in.
// Shared by the schema (which rejects accepted answers that collapse into one
// another) and by grading.
export interface Normalization {
  case: "ignore" | "exact";
  whitespace: "collapse" | "ignore" | "exact";
  punctuation: "keep" | "ignore";
}

export function normalizeAnswer(text: string, n: Normalization): string {
  // NFKC folds look-alikes a phone keyboard produces (full-width letters, ligatures).
  let s = text.normalize("NFKC");
  // Punctuation is dropped, not turned into a space, so "k-means" matches "kmeans".
  if (n.punctuation === "ignore") s = s.replace(/\p{P}+/gu, "");
  if (n.case === "ignore") s = s.toLowerCase();
  if (n.whitespace === "collapse") s = s.trim().replace(/\s+/g, " ");
  else if (n.whitespace === "ignore") s = s.replace(/\s+/g, "");
  return s;
}
