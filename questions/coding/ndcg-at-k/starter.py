import math


def ndcg_at_k(scores: list[float], relevance: list[int], k: int) -> float:
    # NDCG@k with gain 2^rel - 1 and discount 1 / log2(position + 1).
    return 0.0
