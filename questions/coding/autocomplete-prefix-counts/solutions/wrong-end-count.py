# Reads the count of words ending at the prefix's node instead of words passing through it.
def count_prefixes(words, prefixes):
    root = {"children": {}, "ends": 0}
    for w in words:
        node = root
        for ch in w:
            node = node["children"].setdefault(ch, {"children": {}, "ends": 0})
        node["ends"] += 1
    out = []
    for p in prefixes:
        node = root
        for ch in p:
            node = node["children"].get(ch)
            if node is None:
                break
        out.append(node["ends"] if node is not None else 0)
    return out
