# Stores the biased batch variance in running_var instead of the unbiased n/(n-1) estimate.
import math


def batchnorm_train(x, gamma, beta, running_mean, running_var, momentum, eps):
    n, C = len(x), len(x[0])
    out = [[0.0] * C for _ in range(n)]
    new_rm, new_rv = [], []
    for c in range(C):
        col = [row[c] for row in x]
        mu = sum(col) / n
        var = sum((v - mu) ** 2 for v in col) / n
        inv = 1.0 / math.sqrt(var + eps)
        for i in range(n):
            out[i][c] = gamma[c] * (col[i] - mu) * inv + beta[c]
        new_rm.append((1 - momentum) * running_mean[c] + momentum * mu)
        new_rv.append((1 - momentum) * running_var[c] + momentum * var)
    return {"out": out, "running_mean": new_rm, "running_var": new_rv}
