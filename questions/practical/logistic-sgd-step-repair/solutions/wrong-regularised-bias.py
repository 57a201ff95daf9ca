# Applies the L2 penalty to the bias as well as the weights.
import math


def sgd_step(w, b, X, y, lr, l2):
    n, d = len(X), len(w)
    gw, gb = [0.0] * d, 0.0
    for x, t in zip(X, y):
        z = sum(wj * xj for wj, xj in zip(w, x)) + b
        p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
        err = p - t
        for j in range(d):
            gw[j] += err * x[j]
        gb += err
    return [w[j] - lr * (gw[j] / n + l2 * w[j]) for j in range(d)] + [b - lr * (gb / n + l2 * b)]
