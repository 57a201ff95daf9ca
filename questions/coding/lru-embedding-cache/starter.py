def lru_cache(capacity: int, ops: list[list]) -> list:
    # Process ["put", text, vector] and ["get", text]; return the results of the gets.
    return []
