/**
 * @param {number[]} steps 0-indexed optimizer steps
 * @param {number} baseLr peak learning rate
 * @param {number} minLr floor after decay
 * @param {number} warmupSteps W
 * @param {number} totalSteps T
 * @returns {number[]} learning rate at each step
 */
function lrSchedule(steps, baseLr, minLr, warmupSteps, totalSteps) {
  return steps.map(() => baseLr);
}
