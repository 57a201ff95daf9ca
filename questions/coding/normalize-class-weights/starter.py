def normalize_weights(weights):
    pass
