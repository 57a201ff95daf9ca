import math


def adamw_step(params: list[float], grads: list[float], m: list[float], v: list[float], t: int, lr: float,
               beta1: float, beta2: float, eps: float, weight_decay: float) -> dict:
    # One AdamW step; return {"params": [...], "m": [...], "v": [...]}.
    return {"params": params, "m": m, "v": v}
