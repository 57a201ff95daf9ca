import math


def sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def sgd_step(w, b, X, y, lr, l2):
    n, d = len(X), len(w)
    gw, gb = [0.0] * d, 0.0
    for x, t in zip(X, y):
        err = sigmoid(sum(wj * xj for wj, xj in zip(w, x)) + b) - t
        for j in range(d):
            gw[j] += err * x[j]
        gb += err
    new_w = [w[j] - lr * (gw[j] / n + l2 * w[j]) for j in range(d)]
    return new_w + [b - lr * gb / n]
