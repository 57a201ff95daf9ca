def macro_prf(y_true: list[int], y_pred: list[int]) -> list[float]:
    # Return [macro precision, macro recall, macro F1].
    return [0.0, 0.0, 0.0]
