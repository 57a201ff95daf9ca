# Does not clamp the cosine progress, so the learning rate rises again after total_steps.
import math


def lr_schedule(steps, base_lr, min_lr, warmup_steps, total_steps):
    out = []
    for s in steps:
        if s < warmup_steps:
            out.append(base_lr * (s + 1) / warmup_steps)
            continue
        p = (s - warmup_steps) / max(1, total_steps - warmup_steps)
        out.append(min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * p)))
    return out
