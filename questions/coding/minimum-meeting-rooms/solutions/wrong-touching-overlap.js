// Reuses a room only if it freed up strictly before the start, so back-to-back meetings need two rooms.
function minRooms(meetings) {
  const starts = meetings.map((m) => m[0]).sort((a, b) => a - b);
  const ends = meetings.map((m) => m[1]).sort((a, b) => a - b);
  let rooms = 0, j = 0;
  for (const start of starts) {
    if (ends[j] < start) j++;
    else rooms++;
  }
  return rooms;
}
