# Thresholds the raw dot product instead of the cosine similarity, so vector length decides.
def dedup(embeddings, threshold):
    kept = []
    for i, v in enumerate(embeddings):
        if all(sum(a * b for a, b in zip(v, embeddings[k])) < threshold for k in kept):
            kept.append(i)
    return kept
