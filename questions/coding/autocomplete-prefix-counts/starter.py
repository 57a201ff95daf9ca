def count_prefixes(words: list[str], prefixes: list[str]) -> list[int]:
    # For each prefix, how many entries of words start with it (repeats count).
    return []
