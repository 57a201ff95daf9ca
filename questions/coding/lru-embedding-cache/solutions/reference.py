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
        else:
            if capacity == 0:
                continue
            cache[key] = op[2]
            cache.move_to_end(key)
            if len(cache) > capacity:
                cache.popitem(last=False)
    return out
