def cold_start_split(user_ids: list[str], timestamps: list[int], cutoff: int, gap: int) -> dict[str, list[int]]:
    # Return {"train": [...], "test": [...], "dropped": [...]} with row indices in increasing order.
    return {"train": [], "test": [], "dropped": []}
