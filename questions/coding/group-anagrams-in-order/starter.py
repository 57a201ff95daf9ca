def group_anagrams(words: list[str]) -> list[list[str]]:
    # Groups in order of first appearance; words inside a group in input order.
    return []
