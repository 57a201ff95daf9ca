# Averages the per-bin gaps over non-empty bins without weighting them by bin size.
def expected_calibration_error(probs, labels, n_bins):
    count = [0] * n_bins
    correct = [0] * n_bins
    conf_sum = [0.0] * n_bins
    for p, y in zip(probs, labels):
        pred = 0
        for j in range(1, len(p)):
            if p[j] > p[pred]:
                pred = j
        c = p[pred]
        b = min(int(c * n_bins), n_bins - 1)
        count[b] += 1
        correct[b] += 1 if pred == y else 0
        conf_sum[b] += c
    n = len(probs)
    return 1 / sum(1 for c in count if c) * sum(
        abs(correct[b] / count[b] - conf_sum[b] / count[b]) for b in range(n_bins) if count[b]
    )
