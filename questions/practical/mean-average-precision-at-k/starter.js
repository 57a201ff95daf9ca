/**
 * @param {string[][]} recommended ranked item ids per query, best first
 * @param {string[][]} relevant relevant item ids per query
 * @param {number} k cut-off
 * @returns {number} MAP@k over queries with a non-empty relevant set (0 if none)
 */
function mapAtK(recommended, relevant, k) {
  return 0;
}
