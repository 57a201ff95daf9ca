from collections import defaultdict


def target_encode_oof(categories, labels, folds, smoothing):
    tot_n, tot_s = len(labels), sum(labels)
    fold_n, fold_s = defaultdict(int), defaultdict(float)
    cat_n, cat_s = defaultdict(int), defaultdict(float)
    cf_n, cf_s = defaultdict(int), defaultdict(float)
    for c, y, f in zip(categories, labels, folds):
        fold_n[f] += 1
        fold_s[f] += y
        cat_n[c] += 1
        cat_s[c] += y
        cf_n[c, f] += 1
        cf_s[c, f] += y
    out = []
    for c, f in zip(categories, folds):
        prior = (tot_s - fold_s[f]) / (tot_n - fold_n[f])
        n = cat_n[c] - cf_n[c, f]
        s = cat_s[c] - cf_s[c, f]
        out.append(prior if n + smoothing == 0 else (s + smoothing * prior) / (n + smoothing))
    return out
