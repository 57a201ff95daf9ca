# Empty clusters are not special-cased: the centroid becomes the mean of nothing (reset to the origin).
def kmeans_step(points, centroids):
    k, dim = len(centroids), len(centroids[0])
    assignments = []
    for p in points:
        d = [sum((a - b) ** 2 for a, b in zip(p, c)) for c in centroids]
        assignments.append(d.index(min(d)))
    new = []
    for j in range(k):
        members = [p for p, a in zip(points, assignments) if a == j]
        new.append([sum(p[t] for p in members) / max(len(members), 1) for t in range(dim)])
    return {"assignments": assignments, "centroids": new}
