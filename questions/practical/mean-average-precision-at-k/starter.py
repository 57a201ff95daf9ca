def map_at_k(recommended: list[list[str]], relevant: list[list[str]], k: int) -> float:
    # Mean of AP@k over queries with at least one relevant item (0.0 if none).
    return 0.0
