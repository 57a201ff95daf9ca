# Applies the reset gate to W_hn h only and adds b_hn outside it.
import math


def sigmoid(a):
    if a >= 0:
        return 1 / (1 + math.exp(-a))
    e = math.exp(a)
    return e / (1 + e)


def gru_cell(x, h, w_ih, w_hh, b_ih, b_hh):
    H = len(h)
    gi = [sum(w * xi for w, xi in zip(row, x)) + b for row, b in zip(w_ih, b_ih)]
    gh = [sum(w * hi for w, hi in zip(row, h)) + b for row, b in zip(w_hh, b_hh)]
    out = []
    for k in range(H):
        r = sigmoid(gi[k] + gh[k])
        z = sigmoid(gi[H + k] + gh[H + k])
        n = math.tanh(gi[2 * H + k] + r * (gh[2 * H + k] - b_hh[2 * H + k]) + b_hh[2 * H + k])
        out.append((1 - z) * n + z * h[k])
    return out
