# Raises the right class, but the message does not say what is wrong.
def normalize_weights(weights):
    if not weights or any(w < 0 for w in weights.values()) or sum(weights.values()) == 0:
        raise ValueError("bad weights")
    total = sum(weights.values())
    return {name: w / total for name, w in weights.items()}
