def max_water(heights: list[int]) -> int:
    # Largest (j - i) * min(heights[i], heights[j]) over i < j; 0 for fewer than two walls.
    return 0
