def kmeans_step(points: list[list[float]], centroids: list[list[float]]) -> dict:
    # Return {"assignments": [...], "centroids": [...]} after one assign + update step.
    return {"assignments": [], "centroids": centroids}
