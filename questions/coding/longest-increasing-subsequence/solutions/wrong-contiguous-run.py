# Measures the longest run of consecutive increases (a substring), not a subsequence.
def longest_increasing(scores):
    best = run = 0
    for i, x in enumerate(scores):
        run = run + 1 if i > 0 and x > scores[i - 1] else 1
        best = max(best, run)
    return best
