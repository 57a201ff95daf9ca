# Uses unweighted (Cohen's) kappa: every disagreement costs the same.
def quadratic_weighted_kappa(a, b, min_rating, max_rating):
    K = max_rating - min_rating + 1
    n = len(a)
    O = [[0] * K for _ in range(K)]
    ha, hb = [0] * K, [0] * K
    for x, y in zip(a, b):
        i, j = x - min_rating, y - min_rating
        O[i][j] += 1
        ha[i] += 1
        hb[j] += 1
    num = den = 0.0
    for i in range(K):
        for j in range(K):
            w = 0.0 if i == j else 1.0
            num += w * O[i][j]
            den += w * ha[i] * hb[j] / n
    return 1.0 if den == 0 else 1 - num / den
