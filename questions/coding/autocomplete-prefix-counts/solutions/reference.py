class Node:
    __slots__ = ("children", "passing")

    def __init__(self):
        self.children = {}
        self.passing = 0


def count_prefixes(words, prefixes):
    root = Node()
    for w in words:
        node = root
        node.passing += 1
        for ch in w:
            nxt = node.children.get(ch)
            if nxt is None:
                nxt = node.children[ch] = Node()
            node = nxt
            node.passing += 1
    out = []
    for p in prefixes:
        node = root
        for ch in p:
            node = node.children.get(ch)
            if node is None:
                break
        out.append(node.passing if node is not None else 0)
    return out
