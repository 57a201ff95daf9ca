/**
 * @param {number[]} x input, length I
 * @param {number[]} h previous hidden state, length H
 * @param {number[][]} wIh 3H x I, blocks [reset; update; new]
 * @param {number[][]} wHh 3H x H, same block order
 * @param {number[]} bIh length 3H
 * @param {number[]} bHh length 3H
 * @returns {number[]} new hidden state
 */
function gruCell(x, h, wIh, wHh, bIh, bHh) {
  return h;
}
