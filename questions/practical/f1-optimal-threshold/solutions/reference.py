def best_f1_threshold(probs, labels):
    P = sum(labels)
    order = sorted(range(len(probs)), key=lambda i: -probs[i])
    best_t, best_f1 = None, -1.0
    tp = fp = 0
    i = 0
    while i < len(order):
        t = probs[order[i]]
        while i < len(order) and probs[order[i]] == t:
            if labels[order[i]] == 1:
                tp += 1
            else:
                fp += 1
            i += 1
        f1 = 2 * tp / (2 * tp + fp + (P - tp)) if tp else 0.0
        if f1 >= best_f1:
            best_t, best_f1 = t, f1
    return [best_t, best_f1]
