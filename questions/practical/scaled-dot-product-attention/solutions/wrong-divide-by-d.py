# Scales the scores by 1/d instead of 1/sqrt(d).
import math


def attention(Q, K, V, causal, key_valid):
    m = len(K)
    n = len(Q)
    dv = len(V[0]) if V else 0
    offset = m - n
    out = []
    for i, q in enumerate(Q):
        allowed = [j for j in range(m) if key_valid[j] and (not causal or j <= i + offset)]
        if not allowed:
            out.append([0.0] * dv)
            continue
        scale = len(q)
        s = [sum(a * b for a, b in zip(q, K[j])) / scale for j in allowed]
        mx = max(s)
        e = [math.exp(x - mx) for x in s]
        z = sum(e)
        out.append([sum(e[t] / z * V[j][c] for t, j in enumerate(allowed)) for c in range(dv)])
    return out
