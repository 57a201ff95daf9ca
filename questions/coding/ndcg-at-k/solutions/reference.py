import math


def ndcg_at_k(scores, relevance, k):
    n = len(scores)
    order = sorted(range(n), key=lambda i: (-scores[i], i))

    def dcg(rels):
        return sum((2 ** r - 1) / math.log2(i + 2) for i, r in enumerate(rels[:k]))

    ideal = dcg(sorted(relevance, reverse=True))
    if ideal == 0:
        return 0.0
    return dcg([relevance[i] for i in order]) / ideal
