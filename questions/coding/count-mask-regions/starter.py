def count_regions(grid: list[str]) -> int:
    # Number of 4-connected regions of '1' cells.
    return 0
