def shortest_path(grid: list[str]) -> int:
    # Minimum number of moves from top-left to bottom-right, or -1.
    return -1
