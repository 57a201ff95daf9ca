/**
 * @param {number[]} a ratings from the first rater
 * @param {number[]} b ratings from the second rater
 * @param {number} minRating lowest possible rating
 * @param {number} maxRating highest possible rating
 * @returns {number} quadratic weighted kappa
 */
function quadraticWeightedKappa(a, b, minRating, maxRating) {
  return 0;
}
