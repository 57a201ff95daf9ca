# Seeds the heap with shard[0] of every shard, crashing on an empty shard.
import heapq


def merge_shards(shards):
    heap = [(s[0], i, 0) for i, s in enumerate(shards)]
    heapq.heapify(heap)
    out = []
    while heap:
        value, i, j = heapq.heappop(heap)
        out.append(value)
        if j + 1 < len(shards[i]):
            heapq.heappush(heap, (shards[i][j + 1], i, j + 1))
    return out
