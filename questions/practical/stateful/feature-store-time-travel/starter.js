class FeatureStore {
  constructor() {}

  put(entity, feature, value, ts) {}

  get(entity, feature, asOf) {}
}
