def task_order(n: int, deps: list[list[int]]) -> list[int]:
    # [a, b] means a depends on b. Smallest ready task first; [] on a cycle.
    return []
