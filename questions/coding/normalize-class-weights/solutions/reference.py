def normalize_weights(weights):
    if not weights:
        raise ValueError("empty: no class weights given")
    for name, w in weights.items():
        if w < 0:
            raise ValueError(f"negative weight for class {name}: {w}")
    total = sum(weights.values())
    if total == 0:
        raise ValueError("every weight is zero")
    return {name: w / total for name, w in weights.items()}
