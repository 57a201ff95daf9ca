// Compares raw strings, so case, punctuation, spacing and Unicode variants slip through.
function dedupAndDecontaminate(train, test) {
  const allTrain = new Set();
  const keepTrain = [];
  train.forEach((text, i) => {
    if (text.trim() && !allTrain.has(text)) keepTrain.push(i);
    allTrain.add(text);
  });
  const seenTest = new Set();
  const keepTest = [];
  test.forEach((text, i) => {
    if (text.trim() && !allTrain.has(text) && !seenTest.has(text)) {
      seenTest.add(text);
      keepTest.push(i);
    }
  });
  return { train: keepTrain, test: keepTest };
}
