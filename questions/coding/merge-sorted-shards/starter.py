def merge_shards(shards: list[list[int]]) -> list[int]:
    # All values from the sorted shards, in non-decreasing order.
    return []
