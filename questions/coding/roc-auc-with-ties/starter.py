def roc_auc(scores: list[float], labels: list[int]) -> float | None:
    # Return the ROC-AUC (ties count one half), or None if a class is missing.
    return None
