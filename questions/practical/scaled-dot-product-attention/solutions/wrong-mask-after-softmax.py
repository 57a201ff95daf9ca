# Applies the masks after the softmax (zeroing probabilities), so a row's weights no longer sum to 1.
import math


def attention(Q, K, V, causal, key_valid):
    m = len(K)
    n = len(Q)
    dv = len(V[0]) if V else 0
    offset = m - n
    out = []
    for i, q in enumerate(Q):
        scale = math.sqrt(len(q))
        s = [sum(a * b for a, b in zip(q, K[j])) / scale for j in range(m)]
        mx = max(s)
        e = [math.exp(x - mx) for x in s]
        z = sum(e)
        w = [e[j] / z if key_valid[j] and (not causal or j <= i + offset) else 0.0 for j in range(m)]
        out.append([sum(w[j] * V[j][c] for j in range(m)) for c in range(dv)])
    return out
