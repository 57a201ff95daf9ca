# Charges denied requests too (the balance goes negative), so fast retries lock the client out.
def token_bucket(capacity, rate, requests):
    tokens, last, out = capacity, 0.0, []
    for t, cost in requests:
        tokens = min(capacity, tokens + (t - last) * rate)
        last = t
        out.append(tokens >= cost)
        tokens -= cost
    return out
