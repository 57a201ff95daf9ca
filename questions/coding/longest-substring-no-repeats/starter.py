def longest_unique_substring(s: str) -> int:
    # Length of the longest contiguous substring with no repeated character.
    return 0
