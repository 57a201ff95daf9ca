# Only skips unknown true labels; an unknown prediction is counted in the last column.
def confusion_matrix(y_true, y_pred, labels):
    index = {label: i for i, label in enumerate(labels)}
    m = [[0] * len(labels) for _ in labels]
    for t, p in zip(y_true, y_pred):
        if t in index:
            m[index[t]][index.get(p, -1)] += 1
    return m
