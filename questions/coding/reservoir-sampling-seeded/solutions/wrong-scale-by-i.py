# Scales u by i instead of i + 1, so item k is always taken and later items are over-sampled.
def reservoir_sample(stream, k, seed):
    reservoir = list(stream[:k])
    state = seed
    for i in range(k, len(stream)):
        state = (1664525 * state + 1013904223) % 4294967296
        u = state / 4294967296
        j = int(u * i)
        if j < k:
            reservoir[j] = stream[i]
    return reservoir
