def longest_increasing(scores: list[int]) -> int:
    # Length of the longest strictly increasing subsequence.
    return 0
