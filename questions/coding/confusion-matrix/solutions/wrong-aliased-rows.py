# [[0] * k] * k makes every row the same list, so each count lands in all rows.
def confusion_matrix(y_true, y_pred, labels):
    k = len(labels)
    m = [[0] * k] * k
    for t, p in zip(y_true, y_pred):
        if t in labels and p in labels:
            m[labels.index(t)][labels.index(p)] += 1
    return m
