# Computes F1 as the harmonic mean of macro precision and macro recall instead of the mean of per-class F1.
from collections import Counter


def macro_prf(y_true, y_pred):
    classes = sorted(set(y_true) | set(y_pred))
    if not classes:
        return [0.0, 0.0, 0.0]
    tp = Counter(t for t, p in zip(y_true, y_pred) if t == p)
    actual, predicted = Counter(y_true), Counter(y_pred)
    p = sum(tp[c] / predicted[c] if predicted[c] else 0.0 for c in classes) / len(classes)
    r = sum(tp[c] / actual[c] if actual[c] else 0.0 for c in classes) / len(classes)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return [p, r, f]
