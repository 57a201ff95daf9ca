// Deletes non-alphanumeric characters instead of replacing them with spaces, gluing words together.
export function dedupAndDecontaminate(train: string[], test: string[]): { train: number[]; test: number[] } {
  const normalise = (s: string): string =>
    s
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s]/gu, "").replace(/\s/g, " ")
      .split(" ")
      .filter((w) => w.length > 0)
      .join(" ");
  const allTrain = new Set<string>();
  const keepTrain: number[] = [];
  train.forEach((text, i) => {
    const k = normalise(text);
    if (k && !allTrain.has(k)) keepTrain.push(i);
    allTrain.add(k);
  });
  const seenTest = new Set<string>();
  const keepTest: number[] = [];
  test.forEach((text, i) => {
    const k = normalise(text);
    if (k && !allTrain.has(k) && !seenTest.has(k)) {
      seenTest.add(k);
      keepTest.push(i);
    }
  });
  return { train: keepTrain, test: keepTest };
}
