# Ranks by position in the sorted order without averaging tied scores, so ties are broken arbitrarily.
def roc_auc(scores, labels):
    n = len(scores)
    pos = sum(1 for y in labels if y == 1)
    neg = n - pos
    if pos == 0 or neg == 0:
        return None
    order = sorted(range(n), key=lambda i: scores[i])
    r_pos = sum(r + 1 for r, i in enumerate(order) if labels[i] == 1)
    return (r_pos - pos * (pos + 1) / 2) / (pos * neg)
