# Computes softplus as log(1 + exp(z)), which overflows for large logits.
import math


def softplus(z):
    return math.log(1 + math.exp(z))


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
        w[j] = old - h
        fm = loss(w, X, y, l2)
        w[j] = old
        g = (fp - fm) / (2 * h)
        a = analytic[j]
        worst = max(worst, abs(a - g) / max(abs(a), abs(g), 1e-8))
    return worst
