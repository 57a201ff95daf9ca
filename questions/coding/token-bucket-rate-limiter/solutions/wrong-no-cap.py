# Never caps the refill at capacity, so an idle period banks an unlimited burst.
def token_bucket(capacity, rate, requests):
    tokens, last, out = capacity, 0.0, []
    for t, cost in requests:
        tokens += (t - last) * rate
        last = t
        ok = tokens >= cost
        if ok:
            tokens -= cost
        out.append(ok)
    return out
