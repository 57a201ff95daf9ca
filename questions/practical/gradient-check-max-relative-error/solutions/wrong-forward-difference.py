# Uses a one-sided difference (f(w+h) - f(w)) / h, whose O(h) error swamps the check.
import math


def softplus(z):
    return max(z, 0.0) + math.log1p(math.exp(-abs(z)))


def loss(w, X, y, l2):
    total = 0.0
    for x, t in zip(X, y):
        z = sum(a * b for a, b in zip(w, x))
        total += softplus(z) - t * z
    return total / len(X) + 0.5 * l2 * sum(a * a for a in w)


def gradient_check(w, X, y, l2, analytic):
    h = 1e-4
    w = list(w)
    worst = 0.0
    for j in range(len(w)):
        old = w[j]
        w[j] = old + h
        fp = loss(w, X, y, l2)
        w[j] = old
        fm = loss(w, X, y, l2)
        w[j] = old
        g = (fp - fm) / h
        a = analytic[j]
        worst = max(worst, abs(a - g) / max(abs(a), abs(g), 1e-8))
    return worst
