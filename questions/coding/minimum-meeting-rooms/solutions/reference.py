import heapq


def min_rooms(meetings):
    ends = []  # end times of rooms in use, earliest on top
    for start, end in sorted(meetings):
        if ends and ends[0] <= start:
            heapq.heappop(ends)
        heapq.heappush(ends, end)
    return len(ends)
