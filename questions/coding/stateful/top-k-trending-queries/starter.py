class TopKTracker:
    def __init__(self, k):
        pass

    def add(self, item, delta):
        pass

    def top(self):
        pass
