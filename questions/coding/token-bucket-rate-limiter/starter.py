def token_bucket(capacity: float, rate: float, requests: list[list[float]]) -> list[bool]:
    # requests[i] = [time, cost]; return True for allowed requests, False for denied ones.
    return []
