# Uses y - p as the error, so the update climbs the loss instead of descending it.
import math


def sgd_step(w, b, X, y, lr, l2):
    n, d = len(X), len(w)
    gw, gb = [0.0] * d, 0.0
    for x, t in zip(X, y):
        z = sum(wj * xj for wj, xj in zip(w, x)) + b
        p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
        err = t - p
        for j in range(d):
            gw[j] += err * x[j]
        gb += err
    return [w[j] - lr * (gw[j] / n + l2 * w[j]) for j in range(d)] + [b - lr * gb / n]
