# Uses bisect_right, so equal scores extend a subsequence: it measures the longest non-decreasing one.
from bisect import bisect_right


def longest_increasing(scores):
    tails = []
    for x in scores:
        k = bisect_right(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
