# Off-by-one at the boundary: treats rows exactly at the cutoff as the past (<= instead of <).
def cold_start_split(user_ids, timestamps, cutoff, gap):
    seen_before = {u for u, t in zip(user_ids, timestamps) if t <= cutoff}
    out = {"train": [], "test": [], "dropped": []}
    for i, (u, t) in enumerate(zip(user_ids, timestamps)):
        if t <= cutoff - gap:
            out["train"].append(i)
        elif t > cutoff and u not in seen_before:
            out["test"].append(i)
        else:
            out["dropped"].append(i)
    return out
