# Sweeps the intervals in input order without sorting, so it cannot join blocks that arrive out of order.
def merge_intervals(intervals):
    out = []
    for start, end in intervals:
        if out and start <= out[-1][1] and end >= out[-1][0]:
            out[-1] = [min(out[-1][0], start), max(out[-1][1], end)]
        else:
            out.append([start, end])
    return sorted(out)
