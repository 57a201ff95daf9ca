import math


def cross_entropy(logits: list[list[float]], targets: list[int]) -> float:
    # Mean cross-entropy over positions whose target is not -100 (0.0 if none).
    return 0.0
