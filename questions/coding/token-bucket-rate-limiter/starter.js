/**
 * @param {number} capacity  maximum tokens in the bucket (it starts full)
 * @param {number} rate      tokens added per second
 * @param {number[][]} requests  [time, cost] pairs, times non-decreasing
 * @returns {boolean[]} true for allowed requests
 */
function tokenBucket(capacity, rate, requests) {
  return [];
}
