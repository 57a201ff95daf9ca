def days_until_higher(scores: list[int]) -> list[int]:
    # wait[i] = days until a strictly higher score after day i, or 0.
    return []
