# Shifts by the minimum instead of the maximum: a wide spread of logits still overflows.
import math


def softmax(logits):
    if not logits:
        return []
    m = min(logits)
    exps = [math.exp(z - m) for z in logits]
    total = sum(exps)
    return [e / total for e in exps]
