# Accepts j <= k, so slot k (which does not exist) grows the reservoir or crashes.
def reservoir_sample(stream, k, seed):
    reservoir = list(stream[:k])
    state = seed
    for i in range(k, len(stream)):
        state = (1664525 * state + 1013904223) % 4294967296
        u = state / 4294967296
        j = int(u * (i + 1))
        if j <= k:
            if j == len(reservoir):
                reservoir.append(None)
            reservoir[j] = stream[i]
    return reservoir
