# Category counts are out of fold, but the prior is the global mean, which still contains the row's own label.
def target_encode_oof(categories, labels, folds, smoothing):
    prior = sum(labels) / len(labels)
    out = []
    for c, f in zip(categories, folds):
        n = s = 0
        for c2, y2, f2 in zip(categories, labels, folds):
            if f2 != f and c2 == c:
                n += 1
                s += y2
        out.append(prior if n + smoothing == 0 else (s + smoothing * prior) / (n + smoothing))
    return out
