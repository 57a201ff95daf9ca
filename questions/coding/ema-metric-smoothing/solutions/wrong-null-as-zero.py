# Treats a missing value as 0 (and still outputs None there), dragging the average down after every gap.
def smooth(values, weight):
    m, k, out = 0.0, 0, []
    for x in values:
        k += 1
        m = weight * m + (1 - weight) * (x if x is not None else 0.0)
        out.append(None if x is None else m / (1 - weight ** k))
    return out
