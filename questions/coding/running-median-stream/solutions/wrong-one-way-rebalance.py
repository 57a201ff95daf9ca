# Routes each value by comparing with low's top but only rebalances when low is too big, so high can outgrow low.
import heapq


def running_median(values):
    low, high, out = [], [], []
    for x in values:
        if not low or x <= -low[0]:
            heapq.heappush(low, -x)
        else:
            heapq.heappush(high, x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        out.append(-low[0] if len(low) != len(high) else (-low[0] + high[0]) / 2)
    return out
