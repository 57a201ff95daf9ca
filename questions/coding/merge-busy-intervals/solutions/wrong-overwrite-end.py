# Sets the block's end to the new interval's end instead of the max, so a contained interval shrinks the block.
def merge_intervals(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = end
        else:
            out.append([start, end])
    return out
