# Skips padded positions in the sum but still divides by the total number of positions.
import math


def cross_entropy(logits, targets):
    if not logits:
        return 0.0
    total = 0.0
    for row, t in zip(logits, targets):
        if t == -100:
            continue
        m = max(row)
        total += m + math.log(sum(math.exp(z - m) for z in row)) - row[t]
    return total / len(logits)
