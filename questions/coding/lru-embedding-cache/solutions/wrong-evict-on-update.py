# Evicts whenever the cache is full before a put, even when the put only updates an existing key.
from collections import OrderedDict


def lru_cache(capacity, ops):
    cache = OrderedDict()
    out = []
    for op in ops:
        key = op[1]
        if op[0] == "get":
            if key in cache:
                cache.move_to_end(key)
                out.append(cache[key])
            else:
                out.append(None)
        elif capacity > 0:
            if len(cache) >= capacity:
                cache.popitem(last=False)
            cache[key] = op[2]
            cache.move_to_end(key)
    return out
