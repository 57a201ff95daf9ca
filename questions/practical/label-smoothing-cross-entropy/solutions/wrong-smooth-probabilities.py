# Smooths the predicted probability instead of the target: -log((1 - eps) * p_t + eps / K).
import math


def smoothed_cross_entropy(logits, targets, epsilon):
    if not logits:
        return 0.0
    total = 0.0
    for z, t in zip(logits, targets):
        K = len(z)
        m = max(z)
        p_t = math.exp(z[t] - m) / sum(math.exp(v - m) for v in z)
        total += -math.log((1 - epsilon) * p_t + epsilon / K)
    return total / len(logits)
