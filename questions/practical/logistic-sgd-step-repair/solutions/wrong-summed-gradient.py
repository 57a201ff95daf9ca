# Sums the per-example gradients instead of averaging them, scaling the step by the batch size.
import math


def sgd_step(w, b, X, y, lr, l2):
    d = len(w)
    gw, gb = [0.0] * d, 0.0
    for x, t in zip(X, y):
        z = sum(wj * xj for wj, xj in zip(w, x)) + b
        p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
        err = p - t
        for j in range(d):
            gw[j] += err * x[j]
        gb += err
    return [w[j] - lr * (gw[j] + l2 * w[j]) for j in range(d)] + [b - lr * gb]
