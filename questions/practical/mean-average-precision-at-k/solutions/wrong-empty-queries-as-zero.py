# Counts queries with no relevant items as AP 0 instead of skipping them.
def map_at_k(recommended, relevant, k):
    total, counted = 0.0, 0
    for recs, rel in zip(recommended, relevant):
        if not rel:
            counted += 1
            continue
        rel = set(rel)
        seen, hits, s = set(), 0, 0.0
        for i, item in enumerate(recs[:k], start=1):
            if item in rel and item not in seen:
                hits += 1
                s += hits / i
            seen.add(item)
        total += s / min(len(rel), k)
        counted += 1
    return total / counted if counted else 0.0
