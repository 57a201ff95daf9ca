/**
 * @param {Record<string, Record<string, number>>} table  context -> next token -> log-probability
 * @param {number} beamWidth
 * @param {number} maxLen
 * @returns {{tokens: string[], score: number}} the best finished hypothesis
 */
function beamSearch(table, beamWidth, maxLen) {
  return { tokens: [], score: 0 };
}
