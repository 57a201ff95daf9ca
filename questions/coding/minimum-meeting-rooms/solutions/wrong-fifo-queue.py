# Keeps end times in a FIFO queue (start order) instead of a min-heap, so it checks the earliest-started room, not the first to free up.
from collections import deque


def min_rooms(meetings):
    ends = deque()
    for start, end in sorted(meetings):
        if ends and ends[0] <= start:
            ends.popleft()
        ends.append(end)
    return len(ends)
