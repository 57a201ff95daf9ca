/**
 * @param {number[]} w weights
 * @param {number[][]} X rows of features
 * @param {number[]} y labels, 0 or 1
 * @param {number} l2 regularisation strength
 * @param {number[]} analytic the gradient to check
 * @returns {number} max relative error between analytic and central-difference gradients
 */
function gradientCheck(w, X, y, l2, analytic) {
  return 0;
}
