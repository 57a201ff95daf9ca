# Spreads epsilon over the K - 1 wrong classes only (target 1 - eps), not eps / K over all classes.
import math


def smoothed_cross_entropy(logits, targets, epsilon):
    if not logits:
        return 0.0
    total = 0.0
    for z, t in zip(logits, targets):
        K = len(z)
        m = max(z)
        lse = m + math.log(sum(math.exp(v - m) for v in z))
        loss = (1 - epsilon) * (lse - z[t])
        for j in range(K):
            if j != t:
                loss += epsilon / (K - 1) * (lse - z[j])
        total += loss
    return total / len(logits)
