# Returns 0.5 when one class is missing instead of reporting the AUC as undefined.
def roc_auc(scores, labels):
    p = [s for s, y in zip(scores, labels) if y == 1]
    n = [s for s, y in zip(scores, labels) if y == 0]
    if not p or not n:
        return 0.5
    total = sum(1.0 if a > b else 0.5 if a == b else 0.0 for a in p for b in n)
    return total / (len(p) * len(n))
