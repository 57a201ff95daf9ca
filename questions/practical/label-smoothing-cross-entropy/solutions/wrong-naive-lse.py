# Computes log-sum-exp without the max shift, so logits around 710 and above overflow.
import math


def smoothed_cross_entropy(logits, targets, epsilon):
    if not logits:
        return 0.0
    total = 0.0
    for z, t in zip(logits, targets):
        K = len(z)
        lse = math.log(sum(math.exp(v) for v in z))
        nll = lse - z[t]
        uniform = lse - sum(z) / K
        total += (1 - epsilon) * nll + epsilon * uniform
    return total / len(logits)
