import math


def top_k_cosine(query, docs, k):
    q_norm = math.sqrt(sum(x * x for x in query))
    scores = []
    for i, doc in enumerate(docs):
        dot = sum(a * b for a, b in zip(query, doc))
        d_norm = math.sqrt(sum(x * x for x in doc))
        scores.append((-dot / (q_norm * d_norm), i))
    scores.sort()
    return [i for _, i in scores[:k]]
