def batchnorm_train(x: list[list[float]], gamma: list[float], beta: list[float], running_mean: list[float],
                    running_var: list[float], momentum: float, eps: float) -> dict:
    # Return {"out": [[...]], "running_mean": [...], "running_var": [...]} as PyTorch's BatchNorm1d in train mode.
    return {"out": [], "running_mean": running_mean, "running_var": running_var}
