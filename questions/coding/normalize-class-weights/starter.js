function normalizeWeights(weights) {}
