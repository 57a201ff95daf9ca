class FeatureStore:
    def __init__(self):
        pass

    def put(self, entity, feature, value, ts):
        pass

    def get(self, entity, feature, as_of):
        pass
