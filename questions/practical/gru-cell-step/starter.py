import math


def gru_cell(x: list[float], h: list[float], w_ih: list[list[float]], w_hh: list[list[float]],
             b_ih: list[float], b_hh: list[float]) -> list[float]:
    # One PyTorch-style GRU step; weights are stacked [reset; update; new]. Return the new hidden state.
    return h
