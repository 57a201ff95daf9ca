import math


def softmax(logits: list[float]) -> list[float]:
    # Return the softmax probabilities of logits, in the same order.
    return []
