# Omits the 1 - weight^k correction, so the curve starts biased towards 0.
def smooth(values, weight):
    m, out = 0.0, []
    for x in values:
        if x is None:
            out.append(None)
            continue
        m = weight * m + (1 - weight) * x
        out.append(m)
    return out
