# Seeds the average with the first value instead of bias-correcting, which over-weights that value.
def smooth(values, weight):
    m, out = None, []
    for x in values:
        if x is None:
            out.append(None)
            continue
        m = x if m is None else weight * m + (1 - weight) * x
        out.append(m)
    return out
