# Starts with an empty bucket instead of a full one, so the initial burst is denied.
def token_bucket(capacity, rate, requests):
    tokens, last, out = 0.0, 0.0, []
    for t, cost in requests:
        tokens = min(capacity, tokens + (t - last) * rate)
        last = t
        ok = tokens >= cost
        if ok:
            tokens -= cost
        out.append(ok)
    return out
