# Exponentiates the raw logits: math.exp(1000) overflows and exp(-1000) / sum underflows to 0/0.
import math


def softmax(logits):
    exps = [math.exp(z) for z in logits]
    total = sum(exps)
    return [e / total for e in exps]
