from bisect import bisect_left


def longest_increasing(scores):
    tails = []
    for x in scores:
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
