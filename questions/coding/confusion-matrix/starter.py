def confusion_matrix(y_true: list[str], y_pred: list[str], labels: list[str]) -> list[list[int]]:
    # Rows are true classes, columns predicted classes, both in the order of labels.
    return []
