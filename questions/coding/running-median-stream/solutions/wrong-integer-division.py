# Averages the two middle values with integer division, flooring medians like 4.5 to 4.
import heapq


def running_median(values):
    low, high, out = [], [], []
    for x in values:
        heapq.heappush(low, -x)
        heapq.heappush(high, -heapq.heappop(low))
        if len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) // 2)
    return out
