# Ranks by the raw dot product: long vectors win regardless of direction.
def top_k_cosine(query, docs, k):
    scores = [(-sum(a * b for a, b in zip(query, doc)), i) for i, doc in enumerate(docs)]
    scores.sort()
    return [i for _, i in scores[:k]]
