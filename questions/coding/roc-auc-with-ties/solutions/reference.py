def roc_auc(scores, labels):
    n = len(scores)
    pos = sum(1 for y in labels if y == 1)
    neg = n - pos
    if pos == 0 or neg == 0:
        return None
    order = sorted(range(n), key=lambda i: scores[i])
    rank = [0.0] * n
    i = 0
    while i < n:
        j = i
        while j + 1 < n and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        avg = (i + j) / 2 + 1
        for t in range(i, j + 1):
            rank[order[t]] = avg
        i = j + 1
    r_pos = sum(rank[i] for i in range(n) if labels[i] == 1)
    return (r_pos - pos * (pos + 1) / 2) / (pos * neg)
