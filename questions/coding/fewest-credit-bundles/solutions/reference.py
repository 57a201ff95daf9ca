def fewest_bundles(sizes, amount):
    inf = amount + 1
    best = [0] + [inf] * amount
    for a in range(1, amount + 1):
        for s in sizes:
            if s <= a and best[a - s] + 1 < best[a]:
                best[a] = best[a - s] + 1
    return best[amount] if best[amount] != inf else -1
