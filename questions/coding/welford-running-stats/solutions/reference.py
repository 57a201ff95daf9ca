def running_stats(ops):
    n = 0
    mean = 0.0
    m2 = 0.0
    out = []
    for op in ops:
        if op[0] == "add":
            x = op[1]
            n += 1
            delta = x - mean
            mean += delta / n
            m2 += delta * (x - mean)
        elif op[0] == "mean":
            out.append(mean if n > 0 else None)
        elif op[0] == "var":
            out.append(m2 / (n - 1) if n > 1 else None)
    return out
