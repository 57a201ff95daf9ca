import math


def attention(Q: list[list[float]], K: list[list[float]], V: list[list[float]], causal: bool, key_valid: list[bool]) -> list[list[float]]:
    # Scaled dot-product attention with optional causal mask (queries are the last n positions) and key padding mask.
    return []
