def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    # The k points closest to (0, 0), closest first; ties by smaller index.
    return []
