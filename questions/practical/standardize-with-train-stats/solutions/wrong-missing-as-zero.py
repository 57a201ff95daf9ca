# Counts missing train values as 0 when fitting, which drags the mean toward 0 and inflates the std.
import math


def standardize_test(train, test):
    d = len(train[0])
    mu, sd = [], []
    for j in range(d):
        vals = [0.0 if row[j] is None else row[j] for row in train]
        m = sum(vals) / len(vals)
        s = math.sqrt(sum((x - m) ** 2 for x in vals) / len(vals))
        mu.append(m)
        sd.append(s if s >= 1e-12 else 1.0)
    return [[0.0 if row[j] is None else (row[j] - mu[j]) / sd[j] for j in range(d)] for row in test]
