def search_rotated(nums: list[int], target: int) -> int:
    # Index of target in the rotated sorted list nums, or -1. O(log n).
    return -1
