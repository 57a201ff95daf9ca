def confusion_matrix(y_true, y_pred, labels):
    index = {label: i for i, label in enumerate(labels)}
    m = [[0] * len(labels) for _ in labels]
    for t, p in zip(y_true, y_pred):
        if t in index and p in index:
            m[index[t]][index[p]] += 1
    return m
