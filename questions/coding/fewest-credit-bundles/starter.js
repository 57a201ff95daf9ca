/**
 * @param {number[]} sizes available bundle sizes (unlimited supply of each)
 * @param {number} amount credits to buy exactly
 * @returns {number} fewest bundles, or -1 if impossible
 */
function fewestBundles(sizes, amount) {
  return -1;
}
