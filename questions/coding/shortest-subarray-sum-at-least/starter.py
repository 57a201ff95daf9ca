def shortest_run(nums: list[int], target: int) -> int:
    # Length of the shortest contiguous run with sum >= target, or 0 if none.
    return 0
