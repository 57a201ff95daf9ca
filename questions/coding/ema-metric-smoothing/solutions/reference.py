def smooth(values, weight):
    m = 0.0
    k = 0
    out = []
    for x in values:
        if x is None:
            out.append(None)
            continue
        k += 1
        m = weight * m + (1 - weight) * x
        out.append(m / (1 - weight ** k))
    return out
