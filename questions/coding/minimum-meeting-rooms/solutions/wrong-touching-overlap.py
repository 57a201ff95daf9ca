# Reuses a room only if it freed up strictly before the start, so back-to-back meetings need two rooms.
import heapq


def min_rooms(meetings):
    ends = []
    for start, end in sorted(meetings):
        if ends and ends[0] < start:
            heapq.heappop(ends)
        heapq.heappush(ends, end)
    return len(ends)
