# Uses (sum(x^2) - sum(x)^2 / n) / (n - 1): catastrophic cancellation for large values with a small spread.
def running_stats(ops):
    n, s, sq = 0, 0.0, 0.0
    out = []
    for op in ops:
        if op[0] == "add":
            n += 1
            s += op[1]
            sq += op[1] * op[1]
        elif op[0] == "mean":
            out.append(s / n if n else None)
        else:
            out.append((sq - s * s / n) / (n - 1) if n > 1 else None)
    return out
