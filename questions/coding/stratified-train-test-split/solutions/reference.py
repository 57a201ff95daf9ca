def stratified_split(labels, test_percent, seed):
    state = seed

    def next_u():
        nonlocal state
        state = (1664525 * state + 1013904223) % 4294967296
        return state / 4294967296

    groups = {}
    for i, y in enumerate(labels):
        groups.setdefault(y, []).append(i)
    train, test = [], []
    for y in sorted(groups):
        idx = groups[y]
        n_test = (len(idx) * test_percent + 50) // 100
        for i in range(len(idx) - 1, 0, -1):
            j = int(next_u() * (i + 1))
            idx[i], idx[j] = idx[j], idx[i]
        test += idx[:n_test]
        train += idx[n_test:]
    return {"train": sorted(train), "test": sorted(test)}
