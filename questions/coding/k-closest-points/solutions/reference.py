import heapq


def k_closest(points, k):
    heap = []  # max-heap on (dist2, index) via negation
    for i, (x, y) in enumerate(points):
        heapq.heappush(heap, (-(x * x + y * y), -i))
        if len(heap) > k:
            heapq.heappop(heap)
    keep = sorted((-d, -i) for d, i in heap)
    return [points[i] for _, i in keep]
