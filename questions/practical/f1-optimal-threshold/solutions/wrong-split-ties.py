# Evaluates after every example instead of after each group of equal scores, scoring thresholds that split ties.
def best_f1_threshold(probs, labels):
    P = sum(labels)
    order = sorted(range(len(probs)), key=lambda i: -probs[i])
    best_t, best_f1 = None, -1.0
    tp = fp = 0
    for i in order:
        if labels[i] == 1:
            tp += 1
        else:
            fp += 1
        f1 = 2 * tp / (2 * tp + fp + (P - tp)) if tp else 0.0
        if f1 >= best_f1:
            best_t, best_f1 = probs[i], f1
    return [best_t, best_f1]
