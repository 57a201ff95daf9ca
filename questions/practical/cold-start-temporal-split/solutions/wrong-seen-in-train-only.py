# Builds the set of known users from train rows only, so users active only in the embargo window count as new.
def cold_start_split(user_ids, timestamps, cutoff, gap):
    seen = {u for u, t in zip(user_ids, timestamps) if t < cutoff - gap}
    out = {"train": [], "test": [], "dropped": []}
    for i, (u, t) in enumerate(zip(user_ids, timestamps)):
        if t < cutoff - gap:
            out["train"].append(i)
        elif t >= cutoff and u not in seen:
            out["test"].append(i)
        else:
            out["dropped"].append(i)
    return out
