# Tracks the checkpoint by the raw minimum while patience uses min_delta, so best_epoch can be a noise-level improvement.
def early_stopping(val_losses, patience, min_delta):
    best, best_epoch, wait = float("inf"), -1, 0
    raw_best = float("inf")
    for e, loss in enumerate(val_losses):
        if loss is None:
            return [e, best_epoch]
        if loss < raw_best:
            raw_best, best_epoch = loss, e
        if loss < best - min_delta:
            best, wait = loss, 0
        else:
            wait += 1
            if wait >= patience:
                return [e, best_epoch]
    return [len(val_losses) - 1, best_epoch]
