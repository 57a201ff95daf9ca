# Compares each vector with every earlier vector, including dropped ones, so near-duplicate chains swallow distinct items.
import math


def dedup(embeddings, threshold):
    units, kept = [], []
    for i, v in enumerate(embeddings):
        norm = math.sqrt(sum(x * x for x in v))
        u = [x / norm for x in v]
        if all(sum(a * b for a, b in zip(u, w)) < threshold for w in units):
            kept.append(i)
        units.append(u)
    return kept
