import math


def smoothed_cross_entropy(logits, targets, epsilon):
    if not logits:
        return 0.0
    total = 0.0
    for z, t in zip(logits, targets):
        K = len(z)
        m = max(z)
        lse = m + math.log(sum(math.exp(v - m) for v in z))
        nll = lse - z[t]
        uniform = lse - sum(z) / K
        total += (1 - epsilon) * nll + epsilon * uniform
    return total / len(logits)
