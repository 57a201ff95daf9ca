# Normalises by |R| instead of min(|R|, k), so queries with more than k relevant items can never reach 1.
def map_at_k(recommended, relevant, k):
    total, counted = 0.0, 0
    for recs, rel in zip(recommended, relevant):
        if not rel:
            continue
        rel = set(rel)
        seen, hits, s = set(), 0, 0.0
        for i, item in enumerate(recs[:k], start=1):
            if item in rel and item not in seen:
                hits += 1
                s += hits / i
            seen.add(item)
        total += s / len(rel)
        counted += 1
    return total / counted if counted else 0.0
