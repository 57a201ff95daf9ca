# Correct recursion but no memoisation: the same sub-amounts are re-solved exponentially often.
def fewest_bundles(sizes, amount):
    def solve(a):
        if a == 0:
            return 0
        best = -1
        for s in sizes:
            if s <= a:
                sub = solve(a - s)
                if sub >= 0 and (best < 0 or sub + 1 < best):
                    best = sub + 1
        return best

    return solve(amount)
