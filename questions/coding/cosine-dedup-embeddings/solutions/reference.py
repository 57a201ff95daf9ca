import math


def dedup(embeddings, threshold):
    kept, units = [], []
    for i, v in enumerate(embeddings):
        norm = math.sqrt(sum(x * x for x in v))
        u = [x / norm for x in v]
        if all(sum(a * b for a, b in zip(u, w)) < threshold for w in units):
            kept.append(i)
            units.append(u)
    return kept
