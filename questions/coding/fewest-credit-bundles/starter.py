def fewest_bundles(sizes: list[int], amount: int) -> int:
    # Fewest bundles summing exactly to amount, or -1.
    return -1
