# Counts a loss equal to best - min_delta as an improvement (<=), so a flat plateau never stops.
def early_stopping(val_losses, patience, min_delta):
    best, best_epoch, wait = float("inf"), -1, 0
    for e, loss in enumerate(val_losses):
        if loss is None:
            return [e, best_epoch]
        if loss <= best - min_delta:
            best, best_epoch, wait = loss, e, 0
        else:
            wait += 1
            if wait >= patience:
                return [e, best_epoch]
    return [len(val_losses) - 1, best_epoch]
