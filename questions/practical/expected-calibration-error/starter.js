/**
 * @param {number[][]} probs predicted class distribution per example
 * @param {number[]} labels true class per example
 * @param {number} nBins number of equal-width bins
 * @returns {number} expected calibration error
 */
function expectedCalibrationError(probs, labels, nBins) {
  return 0;
}
