import math


def softmax(logits):
    if not logits:
        return []
    m = max(logits)
    exps = [math.exp(z - m) for z in logits]
    total = sum(exps)
    return [e / total for e in exps]
