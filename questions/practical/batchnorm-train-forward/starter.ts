/** BatchNorm1d forward in training mode, with PyTorch's running-statistics update. */
export function batchnormTrain(
  x: number[][],
  gamma: number[],
  beta: number[],
  runningMean: number[],
  runningVar: number[],
  momentum: number,
  eps: number,
): { out: number[][]; running_mean: number[]; running_var: number[] } {
  return { out: [], running_mean: runningMean, running_var: runningVar };
}
