def early_stopping(val_losses: list[float | None], patience: int, min_delta: float) -> list[int]:
    # Return [stop_epoch, best_epoch]; None in val_losses means NaN (stop immediately).
    return [-1, -1]
