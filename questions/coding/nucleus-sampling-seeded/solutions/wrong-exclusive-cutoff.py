# Stops before the token that makes the running sum reach top_p, so the nucleus is one token too small.
import math


def sample_top_p(logits, temperature, top_p, seed, n):
    if temperature == 0:
        best = max(range(len(logits)), key=lambda i: (logits[i], -i))
        return [best] * n
    z = [x / temperature for x in logits]
    m = max(z)
    e = [math.exp(v - m) for v in z]
    total = sum(e)
    p = [v / total for v in e]
    order = sorted(range(len(p)), key=lambda i: (-p[i], i))
    kept, cum = [], 0.0
    for i in order:
        if kept and cum + p[i] >= top_p:
            break
        kept.append(i)
        cum += p[i]
    mass = sum(p[i] for i in kept)
    q = [p[i] / mass for i in kept]
    state = seed
    out = []
    for _ in range(n):
        state = (1664525 * state + 1013904223) % 4294967296
        u = state / 4294967296
        run, pick = 0.0, kept[-1]
        for i, qi in zip(kept, q):
            run += qi
            if u < run:
                pick = i
                break
        out.append(pick)
    return out
