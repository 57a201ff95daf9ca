import math

IGNORE = -100


def cross_entropy(logits, targets):
    total = 0.0
    count = 0
    for row, t in zip(logits, targets):
        if t == IGNORE:
            continue
        m = max(row)
        lse = m + math.log(sum(math.exp(z - m) for z in row))
        total += lse - row[t]
        count += 1
    return total / count if count else 0.0
