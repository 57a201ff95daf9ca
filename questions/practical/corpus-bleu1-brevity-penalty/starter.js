/**
 * @param {string[]} candidates model outputs
 * @param {string[][]} references reference texts for each output
 * @returns {number} corpus BLEU-1 (clipped unigram precision x brevity penalty)
 */
function corpusBleu1(candidates, references) {
  return 0;
}
