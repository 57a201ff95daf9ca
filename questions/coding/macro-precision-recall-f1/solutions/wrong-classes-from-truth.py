# Takes the classes from y_true only, so a class that is only ever predicted (pure false positives) is left out.
from collections import Counter


def macro_prf(y_true, y_pred):
    classes = sorted(set(y_true))
    if not classes:
        return [0.0, 0.0, 0.0]
    tp = Counter(t for t, p in zip(y_true, y_pred) if t == p)
    actual, predicted = Counter(y_true), Counter(y_pred)
    ps, rs, fs = [], [], []
    for c in classes:
        p = tp[c] / predicted[c] if predicted[c] else 0.0
        r = tp[c] / actual[c] if actual[c] else 0.0
        ps.append(p)
        rs.append(r)
        fs.append(2 * p * r / (p + r) if p + r else 0.0)
    n = len(classes)
    return [sum(ps) / n, sum(rs) / n, sum(fs) / n]
