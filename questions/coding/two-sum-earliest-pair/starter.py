def two_sum(nums: list[int], target: int) -> list[int]:
    # Return [i, j] (i < j) of the first pair completed from left to right, or [].
    return []
