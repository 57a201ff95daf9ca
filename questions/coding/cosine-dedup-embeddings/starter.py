import math


def dedup(embeddings: list[list[float]], threshold: float) -> list[int]:
    # Return the indices of the vectors kept by greedy cosine-similarity deduplication.
    return []
