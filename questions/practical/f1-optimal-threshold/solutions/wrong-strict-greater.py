# Predicts positive when prob > t (the tuning/serving mismatch), so examples scored exactly t are missed.
def best_f1_threshold(probs, labels):
    best_t, best_f1 = None, -1.0
    for t in sorted(set(probs)):
        tp = sum(1 for p, y in zip(probs, labels) if p > t and y == 1)
        fp = sum(1 for p, y in zip(probs, labels) if p > t and y == 0)
        fn = sum(1 for p, y in zip(probs, labels) if p <= t and y == 1)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best_f1:
            best_t, best_f1 = t, f1
    return [best_t, best_f1]
