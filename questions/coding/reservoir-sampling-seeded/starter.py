def reservoir_sample(stream: list[str], k: int, seed: int) -> list[str]:
    # Algorithm R with the seeded LCG; return the reservoir in slot order.
    return []
