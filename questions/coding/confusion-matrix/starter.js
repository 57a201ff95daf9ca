/**
 * @param {string[]} yTrue
 * @param {string[]} yPred
 * @param {string[]} labels
 * @returns {number[][]} rows = true class, columns = predicted class, in the order of labels
 */
function confusionMatrix(yTrue, yPred, labels) {
  return [];
}
