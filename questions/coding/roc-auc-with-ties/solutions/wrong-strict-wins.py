# Counts only strict wins over all pairs: a tied positive-negative pair scores 0 instead of 1/2.
def roc_auc(scores, labels):
    p = [s for s, y in zip(scores, labels) if y == 1]
    n = [s for s, y in zip(scores, labels) if y == 0]
    if not p or not n:
        return None
    wins = sum(1 for a in p for b in n if a > b)
    return wins / (len(p) * len(n))
