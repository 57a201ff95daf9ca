function minRooms(meetings) {
  const starts = meetings.map((m) => m[0]).sort((a, b) => a - b);
  const ends = meetings.map((m) => m[1]).sort((a, b) => a - b);
  let rooms = 0, j = 0;
  for (const start of starts) {
    if (ends[j] <= start) j++; // a room freed up by this time: reuse it
    else rooms++;
  }
  return rooms;
}
