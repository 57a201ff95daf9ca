# Never validates: divides by zero or keeps negative weights.
def normalize_weights(weights):
    total = sum(weights.values())
    return {name: w / total for name, w in weights.items()}
