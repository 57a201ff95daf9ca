def top_k_cosine(query: list[float], docs: list[list[float]], k: int) -> list[int]:
    # Return the indices of the k documents most similar to query, best first.
    return []
