def running_median(values: list[int]) -> list[float]:
    # Element i: the median of values[0..i].
    return []
