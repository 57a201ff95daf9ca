# Takes log of a (stable) softmax probability: an unlikely target underflows to 0 and log(0) fails.
import math


def cross_entropy(logits, targets):
    losses = []
    for row, t in zip(logits, targets):
        if t == -100:
            continue
        m = max(row)
        exps = [math.exp(z - m) for z in row]
        p = exps[t] / sum(exps)
        losses.append(-math.log(p))
    return sum(losses) / len(losses) if losses else 0.0
