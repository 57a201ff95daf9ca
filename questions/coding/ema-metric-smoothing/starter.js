/**
 * @param {Array<number | null>} values  metric per step, null when missing
 * @param {number} weight                smoothing weight, 0 <= weight < 1
 * @returns {Array<number | null>} bias-corrected EMA; null where the value is null
 */
function smooth(values, weight) {
  return [];
}
