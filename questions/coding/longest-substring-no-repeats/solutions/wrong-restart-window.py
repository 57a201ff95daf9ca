# On a repeat, restarts the window at the current character instead of just past the earlier copy.
def longest_unique_substring(s):
    window = set()
    best = 0
    for ch in s:
        if ch in window:
            window = set()
        window.add(ch)
        best = max(best, len(window))
    return best
