# Divides M2 by n (population variance) instead of n - 1 (sample variance), and reports 0 for a single value.
def running_stats(ops):
    n, mean, m2 = 0, 0.0, 0.0
    out = []
    for op in ops:
        if op[0] == "add":
            n += 1
            delta = op[1] - mean
            mean += delta / n
            m2 += delta * (op[1] - mean)
        elif op[0] == "mean":
            out.append(mean if n else None)
        else:
            out.append(m2 / n if n else None)
    return out
