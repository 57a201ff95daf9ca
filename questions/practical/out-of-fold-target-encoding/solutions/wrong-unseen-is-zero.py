# Gives categories never seen out of fold an encoding of 0 instead of the prior (wrong when smoothing is 0).
def target_encode_oof(categories, labels, folds, smoothing):
    out = []
    for c, f in zip(categories, folds):
        pn = ps = n = s = 0
        for c2, y2, f2 in zip(categories, labels, folds):
            if f2 != f:
                pn += 1
                ps += y2
                if c2 == c:
                    n += 1
                    s += y2
        prior = ps / pn
        out.append(0.0 if n == 0 and smoothing == 0 else (s + smoothing * prior) / (n + smoothing))
    return out
