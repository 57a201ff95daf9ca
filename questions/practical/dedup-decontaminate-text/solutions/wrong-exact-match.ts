// Compares raw strings, so case, punctuation, spacing and Unicode variants slip through.
export function dedupAndDecontaminate(train: string[], test: string[]): { train: number[]; test: number[] } {
  const allTrain = new Set<string>();
  const keepTrain: number[] = [];
  train.forEach((text, i) => {
    if (text.trim() && !allTrain.has(text)) keepTrain.push(i);
    allTrain.add(text);
  });
  const seenTest = new Set<string>();
  const keepTest: number[] = [];
  test.forEach((text, i) => {
    if (text.trim() && !allTrain.has(text) && !seenTest.has(text)) {
      seenTest.add(text);
      keepTest.push(i);
    }
  });
  return { train: keepTrain, test: keepTest };
}
