/**
 * @param {number[][]} meetings half-open [start, end) intervals
 * @returns {number} minimum number of rooms
 */
function minRooms(meetings) {
  return 0;
}
