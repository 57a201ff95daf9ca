def is_balanced(code: str) -> bool:
    # True if (), [] and {} are properly matched and nested; other characters are ignored.
    return False
