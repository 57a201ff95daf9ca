function dedupAndDecontaminate(train, test) {
  const normalise = (s) =>
    s
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, " ")
      .split(" ")
      .filter((w) => w.length > 0)
      .join(" ");
  const allTrain = new Set();
  const keepTrain = [];
  train.forEach((text, i) => {
    const k = normalise(text);
    if (k && !allTrain.has(k)) keepTrain.push(i);
    allTrain.add(k);
  });
  const seenTest = new Set();
  const keepTest = [];
  test.forEach((text, i) => {
    const k = normalise(text);
    if (k && !allTrain.has(k) && !seenTest.has(k)) {
      seenTest.add(k);
      keepTest.push(i);
    }
  });
  return { train: keepTrain, test: keepTest };
}
