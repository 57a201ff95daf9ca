/**
 * @param {string} word
 * @param {string[]} vocab     pieces; continuation pieces start with "##"
 * @param {number} maxChars    longer words become ["[UNK]"]
 * @returns {string[]} the word's pieces, or ["[UNK]"]
 */
function wordpiece(word, vocab, maxChars) {
  return [];
}
