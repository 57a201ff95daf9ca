import math


def sample_top_p(logits: list[float], temperature: float, top_p: float, seed: int, n: int) -> list[int]:
    # Return n token indices sampled with temperature and nucleus (top-p) sampling.
    return []
