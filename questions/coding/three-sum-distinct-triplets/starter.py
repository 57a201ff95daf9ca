def count_triplets(nums: list[int], target: int) -> int:
    # Number of distinct value triplets (from three different positions) summing to target.
    return 0
