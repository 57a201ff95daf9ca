# Adds weight_decay * theta to the gradient (Adam with L2) instead of decaying the weights directly.
import math


def adamw_step(params, grads, m, v, t, lr, beta1, beta2, eps, weight_decay):
    t += 1
    bc1, bc2 = 1 - beta1**t, 1 - beta2**t
    new_p, new_m, new_v = [], [], []
    for p, g0, mi, vi in zip(params, grads, m, v):
        g = g0 + weight_decay * p
        mi = beta1 * mi + (1 - beta1) * g
        vi = beta2 * vi + (1 - beta2) * g * g
        step = (mi / bc1) / (math.sqrt(vi / bc2) + eps)
        new_p.append(p - lr * step)
        new_m.append(mi)
        new_v.append(vi)
    return {"params": new_p, "m": new_m, "v": new_v}
