def edit_distance(a: str, b: str) -> int:
    # Minimum number of insertions, deletions and substitutions turning a into b.
    return 0
