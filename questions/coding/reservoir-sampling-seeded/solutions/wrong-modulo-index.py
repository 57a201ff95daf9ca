# Picks the slot as state % (i + 1) instead of floor(u * (i + 1)), a different (and slightly biased) draw.
def reservoir_sample(stream, k, seed):
    reservoir = list(stream[:k])
    state = seed
    for i in range(k, len(stream)):
        state = (1664525 * state + 1013904223) % 4294967296
        u = state / 4294967296
        j = state % (i + 1)
        if j < k:
            reservoir[j] = stream[i]
    return reservoir
