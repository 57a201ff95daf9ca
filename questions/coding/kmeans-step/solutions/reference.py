def kmeans_step(points, centroids):
    k = len(centroids)
    dim = len(centroids[0])

    def dist2(p, c):
        return sum((a - b) ** 2 for a, b in zip(p, c))

    assignments = []
    sums = [[0.0] * dim for _ in range(k)]
    counts = [0] * k
    for p in points:
        best, best_d = 0, dist2(p, centroids[0])
        for j in range(1, k):
            d = dist2(p, centroids[j])
            if d < best_d:
                best, best_d = j, d
        assignments.append(best)
        counts[best] += 1
        for t in range(dim):
            sums[best][t] += p[t]
    new = [
        [s / counts[j] for s in sums[j]] if counts[j] else list(centroids[j])
        for j in range(k)
    ]
    return {"assignments": assignments, "centroids": new}
