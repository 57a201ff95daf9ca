/**
 * @param {number[]} params
 * @param {number[]} grads
 * @param {number[]} m first-moment state
 * @param {number[]} v second-moment state
 * @param {number} t steps already taken (0 before the first)
 * @param {number} lr
 * @param {number} beta1
 * @param {number} beta2
 * @param {number} eps
 * @param {number} weightDecay decoupled weight decay
 * @returns {{params: number[], m: number[], v: number[]}}
 */
function adamwStep(params, grads, m, v, t, lr, beta1, beta2, eps, weightDecay) {
  return { params, m, v };
}
