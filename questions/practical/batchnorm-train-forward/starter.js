/**
 * @param {number[][]} x batch, n rows of C features
 * @param {number[]} gamma
 * @param {number[]} beta
 * @param {number[]} runningMean
 * @param {number[]} runningVar
 * @param {number} momentum weight of the new batch statistic
 * @param {number} eps
 * @returns {{out: number[][], running_mean: number[], running_var: number[]}}
 */
function batchnormTrain(x, gamma, beta, runningMean, runningVar, momentum, eps) {
  return { out: [], running_mean: runningMean, running_var: runningVar };
}
