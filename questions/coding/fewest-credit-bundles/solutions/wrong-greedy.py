# Greedy: always takes the largest bundle that fits, which is not optimal (or even feasible) for every set of sizes.
def fewest_bundles(sizes, amount):
    count = 0
    for s in sorted(sizes, reverse=True):
        count += amount // s
        amount %= s
    return count if amount == 0 else -1
