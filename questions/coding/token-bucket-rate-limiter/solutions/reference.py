def token_bucket(capacity, rate, requests):
    tokens = capacity
    last = 0.0
    out = []
    for t, cost in requests:
        tokens = min(capacity, tokens + (t - last) * rate)
        last = t
        if tokens >= cost:
            tokens -= cost
            out.append(True)
        else:
            out.append(False)
    return out
