def stratified_split(labels: list[str], test_percent: int, seed: int) -> dict:
    # Return {"train": [...], "test": [...]}, each a sorted list of indices.
    return {"train": [], "test": []}
