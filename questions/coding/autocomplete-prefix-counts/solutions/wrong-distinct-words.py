# Builds the trie from the set of distinct words, so repeated queries in the log are counted once.
def count_prefixes(words, prefixes):
    root = {"children": {}, "passing": 0}
    for w in set(words):
        node = root
        node["passing"] += 1
        for ch in w:
            node = node["children"].setdefault(ch, {"children": {}, "passing": 0})
            node["passing"] += 1
    out = []
    for p in prefixes:
        node = root
        for ch in p:
            node = node["children"].get(ch)
            if node is None:
                break
        out.append(node["passing"] if node is not None else 0)
    return out
