# Pairwise merge that appends only the first list's leftovers, dropping the tail of the second.
def merge_two(a, b):
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out + a[i:]


def merge_shards(shards):
    lists = [list(s) for s in shards]
    if not lists:
        return []
    while len(lists) > 1:
        nxt = [merge_two(lists[k], lists[k + 1]) for k in range(0, len(lists) - 1, 2)]
        if len(lists) % 2:
            nxt.append(lists[-1])
        lists = nxt
    return lists[0]
