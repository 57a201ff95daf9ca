# Scans with <= so an equally close centroid with a higher index wins the tie.
def kmeans_step(points, centroids):
    k, dim = len(centroids), len(centroids[0])
    sums = [[0.0] * dim for _ in range(k)]
    counts = [0] * k
    assignments = []
    for p in points:
        best, best_d = -1, float("inf")
        for j, c in enumerate(centroids):
            d = sum((a - b) ** 2 for a, b in zip(p, c))
            if d <= best_d:
                best, best_d = j, d
        assignments.append(best)
        counts[best] += 1
        for t in range(dim):
            sums[best][t] += p[t]
    new = [[s / counts[j] for s in sums[j]] if counts[j] else list(centroids[j]) for j in range(k)]
    return {"assignments": assignments, "centroids": new}
