/**
 * @param {(number|null)[]} valLosses validation loss per epoch; null means NaN
 * @param {number} patience
 * @param {number} minDelta
 * @returns {number[]} [stopEpoch, bestEpoch]
 */
function earlyStopping(valLosses, patience, minDelta) {
  return [-1, -1];
}
