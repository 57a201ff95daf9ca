# The original leak: encodes every row with statistics over all rows, including its own label.
def target_encode_oof(categories, labels, folds, smoothing):
    prior = sum(labels) / len(labels)
    n, s = {}, {}
    for c, y in zip(categories, labels):
        n[c] = n.get(c, 0) + 1
        s[c] = s.get(c, 0.0) + y
    return [(s[c] + smoothing * prior) / (n[c] + smoothing) for c in categories]
