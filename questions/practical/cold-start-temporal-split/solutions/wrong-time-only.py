# Splits on time alone: returning users' later rows go to test, so users appear on both sides.
def cold_start_split(user_ids, timestamps, cutoff, gap):
    out = {"train": [], "test": [], "dropped": []}
    for i, t in enumerate(timestamps):
        if t < cutoff - gap:
            out["train"].append(i)
        elif t >= cutoff:
            out["test"].append(i)
        else:
            out["dropped"].append(i)
    return out
